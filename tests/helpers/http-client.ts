// HTTP requests from a chosen local address: on Linux all of 127.0.0.0/8 is loopback, so
// 127.0.0.2, 127.0.0.3, … are different clients to the server, each with its own connection address.
import { request } from "node:http";

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The JSON body, or undefined. Tests read it by the shape they expect of the answer. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

export interface Client {
  get(path: string, headers?: Record<string, string>): Promise<HttpAnswer>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<HttpAnswer>;
  /** tRPC helpers: a query with its input, a mutation with its input. */
  query(procedure: string, input?: unknown): Promise<HttpAnswer>;
  mutate(procedure: string, input: unknown, headers?: Record<string, string>): Promise<HttpAnswer>;
}

export function clientAt(baseUrl: string, localAddress: string): Client {
  const send = (method: string, path: string, body: string | undefined, headers: Record<string, string> = {}) =>
    new Promise<HttpAnswer>((resolve, reject) => {
      const req = request(
        new URL(path, baseUrl),
        { method, localAddress, headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            let json: unknown;
            try {
              json = JSON.parse(text);
            } catch {
              json = undefined;
            }
            resolve({ status: res.statusCode!, headers: res.headers, text, json });
          });
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  return {
    get: (path, headers) => send("GET", path, undefined, headers),
    post: (path, body, headers) => send("POST", path, JSON.stringify(body), headers),
    query: (procedure, input) =>
      send(
        "GET",
        `/api/trpc/${procedure}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
        undefined,
      ),
    mutate: (procedure, input, headers) => send("POST", `/api/trpc/${procedure}`, JSON.stringify(input), headers),
  };
}
