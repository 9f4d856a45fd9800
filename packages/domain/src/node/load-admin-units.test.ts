import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ADMIN_UNITS_DATA_DIR, loadAdminUnitRegistry } from './load-admin-units.js';

const SRC_DIR = new URL('../', import.meta.url);

describe('loadAdminUnitRegistry', () => {
  test('loadAdminUnitRegistry reads the package data folder', async () => {
    const registry = await loadAdminUnitRegistry();
    expect(registry.byId('848')?.name).toBe('Huyện Cầu Ngang');
    expect(registry.byId('86@2025')?.name).toBe('Tỉnh Vĩnh Long');
  });

  test('ADMIN_UNITS_DATA_DIR is the package data/admin-units folder', async () => {
    expect(ADMIN_UNITS_DATA_DIR.href).toBe(new URL('../data/admin-units/', SRC_DIR).href);
    expect(await readdir(ADMIN_UNITS_DATA_DIR)).toEqual(expect.arrayContaining(['units.csv', 'successions-2025-07-01.csv', 'README.md']));
  });

  test('loadAdminUnitRegistry reads another folder and reports a bad row with its file and line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'admin-units-'));
    try {
      await writeFile(join(dir, 'units.csv'), 'id,name,short,type,parent,from,to,was_name,was_parent\n20,Tỉnh Lạng Sơn,,Tỉnh,,,2025-07-01,,\n');
      await writeFile(join(dir, 'successions-2025-07-01.csv'), 'old,new,relation,confidence,corrected\n20,20@2025,full,high,\n');
      await expect(loadAdminUnitRegistry(pathToFileURL(`${dir}/`))).rejects.toThrow(
        'successions-2025-07-01.csv, line 2, field "new": no post-reform unit "20@2025"',
      );
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});

describe('the main entry', () => {
  test('no module outside src/node imports a Node built-in, so the main entry runs in a browser', async () => {
    const files = (await readdir(SRC_DIR, { recursive: true })).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('node/') && !file.startsWith('node\\'),
    );
    const offenders: string[] = [];
    for (const file of files) {
      const text = await readFile(new URL(file, SRC_DIR), 'utf8');
      if (/from ['"](node:|fs['"]|path['"])/.test(text)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });

  test('package.json exports the Node entry and the data folder', async () => {
    const manifest = JSON.parse(await readFile(new URL('../package.json', SRC_DIR), 'utf8'));
    expect(manifest.exports['./node']).toEqual({ types: './dist/node/index.d.ts', default: './dist/node/index.js' });
    expect(manifest.exports['./data/*']).toBe('./data/*');
  });
});
