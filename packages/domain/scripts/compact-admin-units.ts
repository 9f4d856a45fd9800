/**
 * Rebuilds data/admin-units/ from the GSO-coded CSV lists and the 2025-07-01 mapping described in
 * data/admin-units/README.md. Run by hand when the source lists change; the committed output is
 * what the package reads at run time.
 *
 *   node scripts/compact-admin-units.ts <source-folder>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Row = Record<string, string>;

const SNAPSHOT_2024 = 'vn_admin_units_2024-05-01.csv';
const SNAPSHOT_2025 = 'vn_admin_units_2025-03-01.csv';
const NEW_UNITS = 'vn_admin_units_2025-07-01.csv';
const MAPPING = 'vn_admin_mapping_2025-07-01.csv';
const LAST_PRE_REFORM_SNAPSHOT = '2025-03-01';
const REFORM_DATE = '2025-07-01';
const POST_SUFFIX = '@2025';

const [sourceDir] = process.argv.slice(2);
if (!sourceDir) {
  console.error('usage: node scripts/compact-admin-units.ts <source-folder>');
  process.exit(2);
}
const outDir = new URL('../data/admin-units/', import.meta.url);

function readCsv(name: string): Row[] {
  const text = readFileSync(join(sourceDir!, name), 'utf8');
  const lines = text.split(/\r?\n/).filter((line) => line !== '');
  const header = lines[0]!.split(',');
  return lines.slice(1).map((line, index) => {
    if (line.includes('"')) throw new Error(`${name}:${index + 2}: quoted fields are not expected`);
    const cells = line.split(',');
    if (cells.length !== header.length) throw new Error(`${name}:${index + 2}: ${cells.length} fields, expected ${header.length}`);
    return Object.fromEntries(header.map((key, i) => [key, cells[i]!.normalize('NFC')]));
  });
}

function csvLine(cells: readonly string[]): string {
  return cells.map((cell) => (/[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',');
}

function namePrefix(type: string): string {
  return type === 'Thành phố Trung ương' ? 'Thành phố' : type;
}

function storedShortName(row: Row): string {
  return row.name === `${namePrefix(row.type!)} ${row.short_name}` ? '' : row.short_name!;
}

function byCode(rows: Row[]): Map<string, Row> {
  const map = new Map<string, Row>();
  for (const row of rows) {
    if (map.has(row.code!)) throw new Error(`duplicate code ${row.code}`);
    map.set(row.code!, row);
  }
  return map;
}

const LEVEL_ORDER: Record<string, number> = { province: 0, district: 1, commune: 2 };

function treeKey(row: Row, districtOf: (row: Row) => string): string {
  const district = row.level === 'province' ? '' : row.level === 'district' ? row.code! : districtOf(row);
  return `${row.province_code}/${district}/${LEVEL_ORDER[row.level!]}/${row.code}`;
}

const older = byCode(readCsv(SNAPSHOT_2024));
const latest = byCode(readCsv(SNAPSHOT_2025));
const post = readCsv(NEW_UNITS);
const mapping = readCsv(MAPPING);

const header = ['id', 'name', 'short', 'type', 'parent', 'from', 'to', 'was_name', 'was_parent'];
const preRows: { key: string; cells: string[] }[] = [];

for (const row of latest.values()) {
  const before = older.get(row.code!);
  preRows.push({
    key: treeKey(row, (r) => r.parent_code!),
    cells: [
      row.code!,
      row.name!,
      storedShortName(row),
      row.type!,
      row.parent_code!,
      before ? '' : LAST_PRE_REFORM_SNAPSHOT,
      REFORM_DATE,
      before && before.name !== row.name ? before.name! : '',
      before && before.parent_code !== row.parent_code ? before.parent_code! : '',
    ],
  });
}
for (const row of older.values()) {
  if (latest.has(row.code!)) continue;
  preRows.push({
    key: treeKey(row, (r) => r.parent_code!),
    cells: [row.code!, row.name!, storedShortName(row), row.type!, row.parent_code!, '', LAST_PRE_REFORM_SNAPSHOT, '', ''],
  });
}
preRows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

const postRows = post.map((row) => [
  `${row.code}${POST_SUFFIX}`,
  row.name!,
  storedShortName(row),
  row.type!,
  row.parent_code ? `${row.parent_code}${POST_SUFFIX}` : '',
  REFORM_DATE,
  '',
  '',
  '',
]);

const unitLines = [header, ...preRows.map((r) => r.cells), ...postRows].map(csvLine);
writeFileSync(new URL('units.csv', outDir), `${unitLines.join('\n')}\n`);

const successionLines = [
  ['old', 'new', 'relation', 'confidence', 'corrected'],
  ...mapping.map((row) => [row.old_code!, `${row.new_code}${POST_SUFFIX}`, row.relation!, row.upstream_confidence!, row.corrected!]),
].map(csvLine);
writeFileSync(new URL('successions-2025-07-01.csv', outDir), `${successionLines.join('\n')}\n`);

console.log(
  `units.csv: ${preRows.length} pre-reform (${latest.size} listed on ${LAST_PRE_REFORM_SNAPSHOT}), ${postRows.length} post-reform; ` +
    `successions-2025-07-01.csv: ${mapping.length} pairs`,
);
