import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Indicator } from '@edu-vn/domain';
import { SYNTHETIC_SOURCE, type DatasetSpec } from './dataset-spec.ts';
import { generateObservations } from './generate-observations.ts';
import type { SyntheticUnit } from './unit-scope.ts';

/** The import file's header: the columns of the data-entry CSV, in Vietnamese, separated by ";" as Excel writes them in Vietnam. */
export const IMPORT_HEADER = 'Mã đơn vị;Kỳ báo cáo;Cấp học;Mã chỉ số;Giá trị;Tử số;Mẫu số;Nguồn số liệu';

/** One CSV line of a generated figure, decimals with a comma ("32,414"): a dot would read as a thousands separator. */
export function importLine(row: { unitId: string; period: string; level: string; indicatorCode: string; value: number; numerator: number | null; denominator: number | null }): string {
  return `${row.unitId};${row.period};${row.level};${row.indicatorCode};${String(row.value).replace('.', ',')};${row.numerator ?? ''};${row.denominator ?? ''};${SYNTHETIC_SOURCE}\n`;
}

/** Writes a synthetic import file for the given units and school years, streaming; returns its row count. */
export async function writeImportCsv(path: string, units: readonly SyntheticUnit[], indicators: readonly Indicator[], years: readonly string[], seed: number): Promise<number> {
  const spec: DatasetSpec = { seed, districtYears: years, communeYears: years, postReformYears: [] };
  const file = createWriteStream(path);
  file.write(`${IMPORT_HEADER}\n`);
  let rows = 0;
  for (const row of generateObservations(units, indicators, spec)) {
    rows += 1;
    if (!file.write(importLine(row))) await once(file, 'drain');
  }
  file.end();
  await once(file, 'finish');
  return rows;
}
