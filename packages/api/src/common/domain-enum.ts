import { registerEnumType } from 'type-graphql';

/** "mau_giao" → "MAU_GIAO", "pre-reform" → "PRE_REFORM": GraphQL enum names for the domain's string values. */
const enumName = (value: string) => value.toUpperCase().replace(/[^A-Z0-9]+/g, '_');

/**
 * Registers a GraphQL enum whose values are the domain's strings. Taking a description per value as a
 * `Record` over the domain type makes TypeScript reject a domain value the API forgot.
 */
export function registerDomainEnum<Value extends string>(
  name: string,
  description: string,
  values: Record<Value, string>,
): Record<string, Value> {
  const entries = Object.entries(values) as [Value, string][];
  const enumObject = Object.fromEntries(entries.map(([value]) => [enumName(value), value])) as Record<string, Value>;
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(entries.map(([value, text]) => [enumName(value), { description: text }])),
  });
  return enumObject;
}
