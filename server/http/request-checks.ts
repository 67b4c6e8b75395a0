// Checks on a request that may change something (anything but GET and HEAD), made before tRPC reads
// it. Browsers can send a cross-site form post (urlencoded, multipart or text/plain) without asking
// first; a JSON body from another site needs a CORS preflight, which this server never grants. So
// requiring JSON, and refusing what the browser says comes from another site, stops cross-site
// request forgery.

/** True for GET and HEAD, which tRPC only lets reach queries (allowMethodOverride stays off). */
export function isSafeMethod(method: string): boolean {
  return method === "GET" || method === "HEAD";
}

/** `application/json`, with or without parameters (`; charset=utf-8`), and nothing else. */
export function isJsonContentType(header: string | null): boolean {
  if (header === null) return false;
  return header.split(";")[0]!.trim().toLowerCase() === "application/json";
}

/**
 * Why a request is refused as cross-site, or null if it is not. `Sec-Fetch-Site` (sent by current
 * browsers) must be `same-origin` or `none` (typed by the person: the address bar, a bookmark);
 * `same-site` (a sibling subdomain) and `cross-site` are refused. Without it, an `Origin` header must
 * be the request's own origin. A request with neither did not come from a browser page (curl, a
 * server, a test), which cannot carry a visitor's cookies or authority, and passes.
 */
export function crossSiteReason(req: Request, options: { trustedProxies: number }): string | null {
  const site = req.headers.get("sec-fetch-site");
  if (site !== null) {
    const value = site.trim().toLowerCase();
    return value === "same-origin" || value === "none" ? null : `Sec-Fetch-Site is ${value}`;
  }
  const origin = req.headers.get("origin");
  if (origin === null) return null;
  return ownOrigins(req, options).has(origin.trim().toLowerCase()) ? null : "Origin is not this site";
}

/** The origins this request may call its own: its URL's, its Host header's, and a trusted proxy's. */
function ownOrigins(req: Request, { trustedProxies }: { trustedProxies: number }): Set<string> {
  const url = new URL(req.url);
  const origins = new Set([url.origin.toLowerCase()]);
  const host = req.headers.get("host")?.trim().toLowerCase();
  if (host) origins.add(`${url.protocol}//${host}`);
  if (trustedProxies > 0) {
    const proto = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
    const forwardedHost = req.headers.get("x-forwarded-host")?.split(",")[0]?.trim().toLowerCase() ?? host;
    if (proto && forwardedHost) origins.add(`${proto}://${forwardedHost}`);
  }
  // Default ports: an origin never spells them out.
  return new Set([...origins].map((o) => o.replace(/^(http:\/\/[^/]+):80$|^(https:\/\/[^/]+):443$/, "$1$2")));
}
