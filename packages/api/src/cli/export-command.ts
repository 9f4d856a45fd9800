import { DomainError, parsePeriod, periodLabel } from '@edu-vn/domain';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { unpublishedScope } from '../auth/policy.js';
import { loadExportFigures } from '../export/load-export-figures.js';
import { writeFiguresCsv } from '../export/write-csv.js';
import { writeFiguresXlsx } from '../export/write-xlsx.js';
import { cliPrincipal } from './cli-principal.js';
import { UsageError, type Command } from './cli-command.js';

/** Exports a province's figures for a period as CSV (UTF-8 with BOM) or XLSX. */
export const exportCommand: Command = {
  summary: 'Xuất số liệu của tỉnh theo kỳ (CSV hoặc XLSX) / Export a province’s figures for a period (CSV or XLSX)',
  usage: 'export --province <mã tỉnh> --period <kỳ> [--format csv|xlsx] [--out <tệp>] [--account <tên>] [--published-only]',
  async run({ args, orm, out }) {
    const { values } = parseArgs({ args, options: { province: { type: 'string' }, period: { type: 'string' }, format: { type: 'string', default: 'csv' }, out: { type: 'string' }, account: { type: 'string' }, 'published-only': { type: 'boolean', default: false } } });
    if (!values.province || !values.period) throw new UsageError('Cần --province và --period', 'Give --province and --period');
    if (values.format !== 'csv' && values.format !== 'xlsx') throw new UsageError('--format là csv hoặc xlsx', '--format is csv or xlsx');
    let period;
    try {
      period = parsePeriod(values.period);
    } catch (caught) {
      if (caught instanceof DomainError) throw new UsageError(caught.messageVi, caught.messageEn);
      throw caught;
    }
    const db = orm.em.fork().getKysely<unknown>();
    const principal = await cliPrincipal(db, values.account);
    const scope = values['published-only'] ? ({ kind: 'none' } as const) : unpublishedScope(principal);
    const figures = await loadExportFigures(db, scope, values.province, values.period);
    const path = values.out ?? `so-lieu-${values.province}-${values.period.replace(/[^0-9A-Za-z-]/g, '-')}.${values.format}`;
    const bytes = values.format === 'csv' ? writeFiguresCsv(figures) : await writeFiguresXlsx(figures, { vi: `Số liệu tỉnh ${values.province}, ${periodLabel(period, 'vi').toLowerCase()}`, en: `Figures of province ${values.province}, ${periodLabel(period, 'en')}` });
    await writeFile(path, bytes);
    out(`Đã ghi / Wrote ${path}: ${figures.length} số liệu / figures`);
    return 0;
  },
};
