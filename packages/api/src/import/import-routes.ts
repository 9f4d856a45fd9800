import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Express, type Request, type Response } from 'express';
import { httpPrincipal, sendError } from '../auth/http-principal.js';
import { isAllowed } from '../auth/policy.js';
import { buildTemplate, templateBytes } from './build-template.js';
import { importResultJson } from './import-result-json.js';
import { loadTemplateRequest, loadTemplateUnit, TemplateRequestError } from './load-template.js';
import { runImport } from './run-import.js';

/** Uploads larger than this are refused; a district's figures for a year fit in a few hundred kilobytes. */
export const IMPORT_BODY_LIMIT = '20mb';

function queryList(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((item) => (typeof item === 'string' ? item.split(',') : [])).map((item) => item.trim()).filter(Boolean);
}

async function downloadTemplate(orm: MikroORM, req: Request, res: Response): Promise<void> {
  const principal = await httpPrincipal(orm, req, res);
  if (!principal) return;
  const db = orm.em.fork().getKysely<unknown>();
  const unitId = typeof req.query.unit === 'string' ? req.query.unit : '';
  const period = typeof req.query.period === 'string' ? req.query.period : '';
  try {
    const unit = await loadTemplateUnit(db, unitId);
    if (!isAllowed(principal, 'observation.read_unpublished', unit)) {
      sendError(res, principal.kind === 'anonymous' ? 401 : 403, principal.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
        'Cần mã truy cập của cán bộ đơn vị này', 'An officer token for this unit is needed');
      return;
    }
    const request = await loadTemplateRequest(db, unit, period, queryList(req.query.level));
    const bytes = await templateBytes(buildTemplate(request));
    const name = `bieu-nhap-${unit.id.replace('@', '-')}-${period.replace(/[^0-9A-Za-z-]/g, '-')}.xlsx`;
    res.set('content-disposition', `attachment; filename="${name}"`).set('cache-control', 'no-store');
    res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(bytes);
  } catch (caught) {
    if (!(caught instanceof TemplateRequestError)) throw caught;
    sendError(res, caught.status, caught.status === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT', caught.messageVi, caught.messageEn);
  }
}

async function upload(orm: MikroORM, req: Request, res: Response): Promise<void> {
  const principal = await httpPrincipal(orm, req, res);
  if (!principal) return;
  if (principal.kind === 'anonymous') {
    sendError(res, 401, 'UNAUTHENTICATED', 'Cần mã truy cập để nhập số liệu', 'A token is needed to import figures');
    return;
  }
  const body = req.body as unknown;
  if (!Buffer.isBuffer(body) || body.length === 0) {
    sendError(res, 400, 'BAD_USER_INPUT', 'Gửi nội dung tệp .xlsx hoặc .csv trong thân yêu cầu', 'Send the .xlsx or .csv file as the request body');
    return;
  }
  const fileName = (typeof req.query.fileName === 'string' && req.query.fileName.trim()) || 'upload';
  const dryRun = req.query.dryRun === 'true' || req.query.dryRun === '1';
  const result = await runImport(orm.em.fork(), principal, { fileName, bytes: body, dryRun });
  res.status(result.applied || dryRun ? 200 : 422).json(importResultJson(result));
}

/**
 * Data entry over plain HTTP, for files too large for a GraphQL request: GET /import/template.xlsx?unit=&period=
 * (&level= repeated) downloads the template; POST /import?fileName=&dryRun=true takes the file as the body.
 */
export function mountImportRoutes(app: Express, { orm }: { orm: MikroORM }): void {
  app.get('/import/template.xlsx', (req, res, next) => {
    downloadTemplate(orm, req, res).catch(next);
  });
  app.post('/import', express.raw({ type: () => true, limit: IMPORT_BODY_LIMIT }), (req, res, next) => {
    upload(orm, req, res).catch(next);
  });
}
