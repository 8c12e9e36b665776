/**
 * `fn` with its results remembered for up to `limit` distinct arguments; past that many, a new
 * argument's result is worked out and not kept, so words members type cannot grow it without
 * limit. For pure functions of a word (a correction, a closest word) that cost far more than a
 * look-up.
 */
export function remembered<T>(limit: number, fn: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    const value = known.get(key);
    if (value !== undefined || known.has(key)) return value as T;
    const worked = fn(key);
    if (known.size < limit) known.set(key, worked);
    return worked;
  };
}
