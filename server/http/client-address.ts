// Who is asking: the key of a client's rate-limit budgets. It comes from the connection, never from
// what the client says. Parley's own server (server/serve/server.ts) writes the socket's address
// (or, with PARLEY_TRUST_PROXY=n, the address n proxies out along X-Forwarded-For) into a private
// header, overwriting any copy the client sent; the tRPC handler reads it there. Under a server that
// does not set it (plain `next start`), the header is whatever the client sent and is ignored: every
// request then shares one key.

import { isIP } from "node:net";

/** The private header: set by Parley's server on every request, overwriting the client's. */
export const CLIENT_HEADER = "x-parley-client";
/** What requests that did not come through Parley's server share. */
export const UNIDENTIFIED_CLIENT = "unidentified";

// Symbol.for: one key for the server and the app's bundled copy of this module, in one process.
const SERVED_BY_PARLEY = Symbol.for("parley.clientHeaderIsSet");

/** Called by Parley's server before it serves anything: from now on the private header can be believed. */
export function declareClientHeaderSet(): void {
  (globalThis as Record<symbol, unknown>)[SERVED_BY_PARLEY] = true;
}

export function clientHeaderIsSet(): boolean {
  return (globalThis as Record<symbol, unknown>)[SERVED_BY_PARLEY] === true;
}

/** The client key of a request as the tRPC handler sees it. */
export function clientKeyOf(req: Request, headerIsSet = clientHeaderIsSet()): string {
  if (!headerIsSet) return UNIDENTIFIED_CLIENT;
  return req.headers.get(CLIENT_HEADER) || UNIDENTIFIED_CLIENT;
}

/**
 * The client's address, as Express's "trust proxy" counts hops: the socket's peer is hop 0, the
 * last X-Forwarded-For entry hop 1, and so on leftwards; with n trusted proxies the client is hop n
 * (or the furthest one there is, when the header is shorter). Entries a proxy added are believed;
 * whatever the client wrote to the left of them never is, because it is more than n hops out.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: number,
): string {
  const hops = [socketAddress ?? ""];
  if (trustedProxies > 0 && forwardedFor !== undefined) {
    const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor).split(",").map((e) => e.trim());
    for (let i = entries.length - 1; i >= 0 && hops.length <= trustedProxies; i--) {
      // A trusted proxy writes addresses; anything else means the chain cannot be followed further.
      if (isIP(stripPort(entries[i]!)) === 0) break;
      hops.push(stripPort(entries[i]!));
    }
  }
  return hops[Math.min(trustedProxies, hops.length - 1)]!;
}

/**
 * The budget key of an address: IPv4 as is (also when written IPv4-mapped, `::ffff:1.2.3.4`); IPv6
 * by its /64, since one subscriber is usually given a whole /64 and could otherwise take a fresh
 * address, and a fresh budget, per request.
 */
export function clientKeyOfAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIP(address) !== 6) return address || UNIDENTIFIED_CLIENT;
  return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
}

function expandIpv6(address: string): string[] {
  const [head, tail] = address.split("%")[0]!.toLowerCase().split("::") as [string, string | undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((group) => group.replace(/^0+(?=.)/, ""));
}

/** `203.0.113.7:4711` and `[2001:db8::1]:4711` as some proxies write them. */
function stripPort(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed) return bracketed[1]!;
  const v4 = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(entry);
  return v4 ? v4[1]! : entry;
}
