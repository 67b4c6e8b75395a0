import { describe, expect, it } from "vitest";
import {
  CLIENT_HEADER,
  clientAddress,
  clientKeyOf,
  clientKeyOfAddress,
  UNIDENTIFIED_CLIENT,
} from "@/server/http/client-address.ts";

describe("clientAddress", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("198.51.100.7", "203.0.113.1", 0)).toBe("198.51.100.7");
    expect(clientAddress("198.51.100.7", ["203.0.113.1", "203.0.113.2"], 0)).toBe("198.51.100.7");
  });

  it("with n trusted proxies, is the address n hops from the right", () => {
    // The client wrote "1.1.1.1" itself; the proxy appended the address it saw.
    expect(clientAddress("10.0.0.2", "1.1.1.1, 203.0.113.9", 1)).toBe("203.0.113.9");
    // Two proxies: the outer one saw 203.0.113.9 and appended it; the inner appended the outer.
    expect(clientAddress("10.0.0.2", "1.1.1.1, 203.0.113.9, 10.0.0.1", 2)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", ["1.1.1.1", "203.0.113.9, 10.0.0.1"], 2)).toBe("203.0.113.9");
  });

  it("never goes further than the header reaches, nor past an entry that is not an address", () => {
    expect(clientAddress("10.0.0.2", "203.0.113.9", 3)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "203.0.113.9, garbage", 2)).toBe("10.0.0.2");
  });

  it("reads ports and brackets that some proxies write", () => {
    expect(clientAddress("10.0.0.2", "203.0.113.9:4711", 1)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", "[2001:db8::1]:4711", 1)).toBe("2001:db8::1");
  });
});

describe("clientKeyOfAddress", () => {
  it("keeps IPv4 and unwraps IPv4-mapped IPv6", () => {
    expect(clientKeyOfAddress("203.0.113.9")).toBe("203.0.113.9");
    expect(clientKeyOfAddress("::ffff:203.0.113.9")).toBe("203.0.113.9");
  });

  it("keys IPv6 by its /64, however it is written", () => {
    const key = clientKeyOfAddress("2001:db8:0:1::1");
    expect(key).toBe("2001:db8:0:1::/64");
    expect(clientKeyOfAddress("2001:0db8:0000:0001:ffff:ffff:ffff:ffff")).toBe(key);
    expect(clientKeyOfAddress("2001:DB8:0:1:1234::")).toBe(key);
    expect(clientKeyOfAddress("2001:db8:0:2::1")).not.toBe(key);
    expect(clientKeyOfAddress("::1")).toBe("0:0:0:0::/64");
  });
});

describe("clientKeyOf", () => {
  const req = (headers: Record<string, string>) => new Request("http://parley.test/api/trpc/catalog.get", { headers });

  it("believes the private header only when Parley's server set it", () => {
    expect(clientKeyOf(req({ [CLIENT_HEADER]: "203.0.113.9" }), true)).toBe("203.0.113.9");
    expect(clientKeyOf(req({ [CLIENT_HEADER]: "203.0.113.9" }), false)).toBe(UNIDENTIFIED_CLIENT);
    expect(clientKeyOf(req({}), true)).toBe(UNIDENTIFIED_CLIENT);
  });
});
