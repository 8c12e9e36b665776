import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";

/**
 * Signing interaction requests as Discord does (Ed25519 over timestamp + body), with a real key
 * pair made for the test run: `publicKeyHex` is what DISCORD_PUBLIC_KEY would hold.
 */
export const { publicKey, privateKey } = generateKeyPairSync("ed25519");
export const publicKeyHex = Buffer.from(publicKey.export({ format: "jwk" }).x!, "base64url").toString("hex");

export function signed(body: string, { key = privateKey, timestamp = Math.floor(Date.now() / 1000) }: { key?: KeyObject; timestamp?: number } = {}) {
  const ts = String(timestamp);
  const signature = sign(null, Buffer.from(ts + body), key).toString("hex");
  return { "content-type": "application/json", "x-signature-ed25519": signature, "x-signature-timestamp": ts };
}
