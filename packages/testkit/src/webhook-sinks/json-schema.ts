// A JSON Schema check for payloads a stand-in receives (e.g. an Adaptive Card against its published
// schema), with ajv 8 and its formats: testkit's own copy, whatever ajv the rest of the tree resolves.
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** Compiles `schema` (draft-07) once; the returned function lists the problems of a value, empty when valid. */
export function jsonSchemaValidator(schema: object): (value: unknown) => string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (value) =>
    validate(value)
      ? []
      : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
}
