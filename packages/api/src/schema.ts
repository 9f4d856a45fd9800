import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { resolvers } from './modules.js';

/** Builds the executable schema from the resolvers of modules.ts (plus extra ones, for tests of the HTTP layer). */
export async function createSchema(extraResolvers: readonly Function[] = []): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...resolvers, ...extraResolvers] as unknown as NonEmptyArray<Function>,
    validate: false,
    emitSchemaFile: false,
  });
  // type-graphql has no option for the root types' descriptions.
  const query = schema.getQueryType();
  if (query) query.description = 'Đọc dữ liệu: đơn vị, chỉ số, kế hoạch, chỉ tiêu, kết quả. / Read: units, indicators, plans, targets, results.';
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = 'Ghi dữ liệu, mỗi thao tác một việc. / Write, one action per mutation.';
  return schema;
}

/** The schema as SDL in a stable order: the committed schema.graphql and its drift check both use this. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
