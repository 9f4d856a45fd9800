import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { createSchema, printSortedSchema } from './schema.js';

describe('schema.graphql', () => {
  test('the committed schema.graphql matches the schema the code builds (run `pnpm --filter @edu-vn/api schema:emit` after a change)', async () => {
    const committed = await readFile(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(printSortedSchema(await createSchema())).toBe(committed);
  });
});
