import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createSchema, printSortedSchema } from '../schema.js';

/** packages/api/schema.graphql, from src/cli/ and dist/cli/ alike. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

await writeFile(SCHEMA_FILE, printSortedSchema(await createSchema()));
process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
