/**
 * `fn` with its results remembered for up to `limit` distinct arguments; past that many, a new
 * argument's result is worked out and not kept, so words members type cannot grow it without
 * limit. For pure functions of a word (a correction, a closest word) that cost far more than a
 * look-up (or of an index into read-only data: a quotation's tokens).
 */
export function remembered<T, K = string>(limit: number, fn: (key: K) => T): (key: K) => T {
  const known = new Map<K, T>();
  return (key) => {
    const value = known.get(key);
    if (value !== undefined || known.has(key)) return value as T;
    const worked = fn(key);
    if (known.size < limit) known.set(key, worked);
    return worked;
  };
}
