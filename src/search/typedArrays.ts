/** Typed arrays in the saved index: base64 of their bytes (little-endian, as every platform Node runs on). */
type Typed = Uint8Array | Uint32Array | Float64Array;

export function toBase64(a: Typed): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");
}

export function fromBase64<T extends Typed>(s: string, type: { new (b: ArrayBuffer): T }): T {
  const bytes = Buffer.from(s, "base64");
  // Copy into a fresh, aligned buffer (Buffer's pool offsets need not be multiples of 4 or 8).
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return new type(copy);
}
