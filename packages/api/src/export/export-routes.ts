import { DomainError, parsePeriod, periodLabel } from '@edu-vn/domain';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express, Request, Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import { httpPrincipal, sendError } from '../auth/http-principal.js';
import { unpublishedScope } from '../auth/policy.js';
import { streamExportFigures } from './load-export-figures.js';
import { streamFiguresCsv } from './write-csv.js';
import { writeFiguresXlsx } from './write-xlsx.js';

/** A file name that survives every browser and operating system. */
function fileName(provinceId: string, period: string, extension: string): string {
  return `so-lieu-${provinceId}-${period.replace(/[^0-9A-Za-z-]/g, '-')}.${extension}`;
}

async function exportFigures(orm: MikroORM, req: Request, res: Response, format: 'csv' | 'xlsx'): Promise<void> {
  const principal = await httpPrincipal(orm, req, res);
  if (!principal) return;
  const province = typeof req.query.province === 'string' ? req.query.province : '';
  const period = typeof req.query.period === 'string' ? req.query.period : '';
  let parsed;
  try {
    parsed = parsePeriod(period);
  } catch (caught) {
    if (!(caught instanceof DomainError)) throw caught;
    sendError(res, 400, 'BAD_USER_INPUT', caught.messageVi, caught.messageEn);
    return;
  }
  const db = orm.em.fork().getKysely<unknown>();
  const { rows } = await sql<{ name: string }>`select name from admin_unit where id = ${province} and kind = 'province'`.execute(db);
  const unit = rows[0];
  if (!unit) {
    sendError(res, 404, 'NOT_FOUND', `Không có tỉnh «${province}»`, `There is no province "${province}"`);
    return;
  }
  const name = fileName(province, period, format);
  if (format === 'csv') {
    res.set('content-disposition', `attachment; filename="${name}"`).set('cache-control', 'no-store');
    res.type('text/csv; charset=utf-8');
    await pipeline(Readable.from(streamFiguresCsv(streamExportFigures(db, unpublishedScope(principal), province, period))), res);
    return;
  }
  const figures = streamExportFigures(db, unpublishedScope(principal), province, period);
  const bytes = await writeFiguresXlsx(figures, { vi: `Số liệu ${unit.name}, ${periodLabel(parsed, 'vi').toLowerCase()}`, en: `Figures of ${unit.name}, ${periodLabel(parsed, 'en')}` });
  res.set('content-disposition', `attachment; filename="${name}"`).set('cache-control', 'no-store');
  res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(bytes);
}

/**
 * The bulk export of a province's figures for a period: GET /export/figures.csv and /export/figures.xlsx with
 * ?province=84&period=2024-2025. Anonymous callers get published figures; an officer's token adds the unpublished
 * figures of their units.
 */
export function mountExportRoutes(app: Express, { orm }: { orm: MikroORM }): void {
  app.get('/export/figures.csv', (req, res, next) => {
    exportFigures(orm, req, res, 'csv').catch(next);
  });
  app.get('/export/figures.xlsx', (req, res, next) => {
    exportFigures(orm, req, res, 'xlsx').catch(next);
  });
}
