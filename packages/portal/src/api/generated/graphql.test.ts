import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../../codegen.ts';

const packageRoot = fileURLToPath(new URL('../../../', import.meta.url));
const output = 'src/api/generated/graphql.ts';

describe('generated query types', () => {
  it('match the committed API schema and the query files (run `pnpm --filter @edu-vn/portal codegen` when not)', async () => {
    const target = config.generates[output];
    if (!target) throw new Error(`codegen.ts generates no ${output}`);
    const files = (await generate(
      {
        ...config,
        silent: true,
        schema: join(packageRoot, String(config.schema)),
        documents: join(packageRoot, String(config.documents)),
        generates: { [join(packageRoot, output)]: target },
      },
      false,
    )) as Array<{ filename: string; content: string }>;
    const committed = await readFile(join(packageRoot, output), 'utf8');
    expect(files).toHaveLength(1);
    expect(files[0]?.content).toBe(committed);
  });
});
