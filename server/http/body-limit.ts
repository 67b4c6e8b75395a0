// Reads a request body into memory, refusing it as soon as it is larger than the limit: first by its
// Content-Length, then by counting the bytes as they arrive (a missing or false Content-Length, or a
// chunked body, cannot get more through).

export type BodyRead = { ok: true; body: Uint8Array<ArrayBuffer> | null } | { ok: false };

export async function readBodyWithin(req: Request, maxBytes: number): Promise<BodyRead> {
  const declared = req.headers.get("content-length");
  if (declared !== null && /^\s*\d+\s*$/.test(declared) && Number(declared) > maxBytes) {
    await req.body?.cancel().catch(() => undefined);
    return { ok: false };
  }
  if (req.body === null) return { ok: true, body: null };

  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false };
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, body };
}

/** The same request with its body already read (tRPC then parses it as usual). */
export function withBufferedBody(req: Request, body: Uint8Array<ArrayBuffer> | null): Request {
  const headers = new Headers(req.headers);
  // The body is now a known, complete buffer: the transport headers of the original no longer apply.
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  return new Request(req.url, { method: req.method, headers, body, signal: req.signal });
}
