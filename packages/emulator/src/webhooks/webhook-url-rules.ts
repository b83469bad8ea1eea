import { BlockList, isIP } from "node:net";
import { ApiError } from "../http/api-error.js";

// Private, loopback, link-local, shared, documentation, benchmarking, multicast and reserved ranges.
const privateAddresses = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 3],
] as const) {
  privateAddresses.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  privateAddresses.addSubnet(network, prefix, "ipv6");
}
const loopbackAddresses = new BlockList();
loopbackAddresses.addSubnet("127.0.0.0", 8, "ipv4");
loopbackAddresses.addAddress("::1", "ipv6");

function reject(reason: string): never {
  throw new ApiError("webhook_url_rejected", `url: ${reason}`);
}

/**
 * Webhook URLs must be HTTPS and public: no credentials, no fragment, no localhost, private or
 * reserved address. `allowLoopback` (local testing only) also admits http(s)://127.0.0.1,
 * [::1] and localhost.
 */
export function checkWebhookUrl(value: unknown, allowLoopback: boolean): string {
  if (typeof value !== "string" || value.trim() === "") reject("required (an https:// URL)");
  if (value.length > 2048) reject(`${value.length} characters; at most 2048`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return reject(`"${value}" is not a valid URL`);
  }
  if (url.username || url.password) reject("must not contain credentials");
  if (value.includes("#")) reject("must not contain a fragment (#…)");
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const version = isIP(host);
  const mappedV4 = version === 6 ? host.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/)?.[1] : undefined;
  const address = mappedV4 ?? host;
  const family = mappedV4 || version === 4 ? "ipv4" : "ipv6";
  const loopback =
    host === "localhost" ||
    host.endsWith(".localhost") ||
    (isIP(address) !== 0 && loopbackAddresses.check(address, family));
  if (loopback && allowLoopback) {
    if (url.protocol !== "https:" && url.protocol !== "http:")
      reject(`scheme "${url.protocol}" is not allowed (allowed: https:, or http: for loopback)`);
    return url.toString();
  }
  if (url.protocol !== "https:") reject(`must use https:// (got ${url.protocol}//)`);
  if (loopback)
    reject(`"${host}" is a loopback host (start the emulator with allowLoopbackWebhooks for local testing)`);
  if (host.endsWith(".local") || host.endsWith(".internal") || (!host.includes(".") && isIP(host) === 0)) {
    reject(`"${host}" is not a public host name`);
  }
  if (isIP(address) !== 0 && privateAddresses.check(address, family))
    reject(`${host} is a private or reserved address`);
  return url.toString();
}
