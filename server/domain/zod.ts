import { z } from "zod";

// The domain's schemas also run in the browser (editor, analysis and its Web Worker), whose
// Content-Security-Policy forbids eval (server/http/security-headers.mjs). Without this, zod 4
// probes `new Function("")` on the first object it parses, to compile faster parsers: Chromium
// refuses it and reports a CSP violation. Every domain module takes zod from here, so the setting
// is made wherever a schema is, and nowhere else (the root layout no longer ships zod).
z.config({ jitless: true });

export { z };
