import { config } from "zod";

// The domain's schemas also run in the browser (editor, analysis and its Web Worker), whose
// Content-Security-Policy forbids eval (server/http/security-headers.mjs). Without this, zod 4
// probes `new Function("")` on the first object it parses, to compile faster parsers: Chromium
// refuses it and reports a CSP violation. Every domain module that defines schemas imports this
// first, so the setting is made wherever a schema is, and nowhere else (the root layout no longer
// ships zod).
// Schemas take zod as `import * as z from "zod"`: Turbopack then bundles only what they use
// (≈30 kB gzip); through `import { z }`, or a namespace re-exported from here, it bundled every
// locale as well (≈90 kB).
config({ jitless: true });
