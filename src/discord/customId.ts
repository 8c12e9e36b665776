import { z } from "zod";

/**
 * Button custom ids: `prefix:field1:field2...`, at most 100 characters (Discord's limit).
 * Anyone can forge a custom id (a modified client sends whatever it likes), so the payload is
 * parsed back with a zod schema and a malformed one is `undefined`, never an exception or an
 * action. The router sends a button to the handler registered for its prefix.
 */
export const MAX_CUSTOM_ID = 100;
const SEP = ":";

export interface CustomIdCodec<T> {
  prefix: string;
  /** The custom id for `value`. Throws if it would exceed Discord's 100 characters. */
  build(value: T): string;
  /** The value of a payload (the part after `prefix:`), or undefined when it is malformed. */
  parse(payload: string): T | undefined;
}

/**
 * Defines a custom-id family. `fields` fixes the order of the values in the id; `schema`
 * validates (and coerces: use `z.coerce.number()` for numbers) what comes back.
 */
export function defineCustomId<S extends z.ZodObject>(prefix: string, fields: readonly (keyof z.input<S> & string)[], schema: S): CustomIdCodec<z.output<S>> {
  if (prefix.includes(SEP)) throw new Error(`custom id prefix must not contain '${SEP}'`);
  return {
    prefix,
    build(value) {
      const parts = fields.map((f) => {
        const v = String((value as Record<string, unknown>)[f] ?? "");
        if (v.includes(SEP)) throw new Error(`custom id field ${f} must not contain '${SEP}'`);
        return v;
      });
      const id = [prefix, ...parts].join(SEP);
      if (id.length > MAX_CUSTOM_ID) throw new Error(`custom id longer than ${MAX_CUSTOM_ID} characters: ${id}`);
      return id;
    },
    parse(payload) {
      const parts = payload.split(SEP);
      if (parts.length !== fields.length) return undefined;
      const result = schema.safeParse(Object.fromEntries(fields.map((f, i) => [f, parts[i]])));
      return result.success ? result.data : undefined;
    },
  };
}

/** Snowflake ids as they appear in custom ids. */
export const snowflakeField = z.string().regex(/^\d{17,20}$/);
