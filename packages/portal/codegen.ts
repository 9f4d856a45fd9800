import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types for the portal's queries, generated from the API's committed schema. */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: 'src/api/queries/*.graphql',
  generates: {
    'src/api/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: true,
        skipTypename: true,
        scalars: { DateTimeISO: 'string', LocalDate: 'string' },
      },
    },
  },
};

export default config;
