// The security headers of every response, pages and API alike (next.config.mjs `headers()`).
// Plain JavaScript because next.config.mjs loads it without a TypeScript step; types in
// security-headers.d.mts.
//
// Scripts: the App Router writes inline <script> tags (the bootstrap and the RSC payload,
// `self.__next_f.push(...)`). Next can put a per-request nonce on them (set by proxy.ts), but only
// on pages rendered per request: a prerendered page (the home page, the 404) is HTML built once,
// without a nonce, so a nonce-only policy would block its scripts. Hence 'unsafe-inline' for
// scripts, with everything else locked to this origin: no 'unsafe-eval' outside `next dev`, no
// other hosts, no plugins, no <base> or form targets elsewhere, no framing.
// Styles: React sets style attributes (and Chart.js styles its canvas): 'unsafe-inline'.
// Workers: the analysis Web Worker is a same-origin script (a blob: URL in some bundler set-ups).

/** @param {{ dev: boolean }} options */
export function contentSecurityPolicy({ dev }) {
  const directives = {
    "default-src": ["'self'"],
    // React uses eval in development only, to rebuild server error stacks in the browser.
    "script-src": ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    // next dev's hot reloading talks over a WebSocket to the same host.
    "connect-src": ["'self'", ...(dev ? ["ws:", "wss:"] : [])],
    "worker-src": ["'self'", "blob:"],
    "manifest-src": ["'self'"],
    "media-src": ["'self'"],
    "object-src": ["'none'"],
    "frame-src": ["'none'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** @param {{ dev: boolean }} options */
export function securityHeaders({ dev }) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ dev }) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "no-referrer" },
    { key: "X-Frame-Options", value: "DENY" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=()",
    },
  ];
}
