import type { APIRoute } from 'astro';
import type { DataTable } from '../../downloads/data-tables.js';
import { tablePaths } from '../../views/static-paths.js';
import { loadSiteData } from '../../data/site-data-store.js';

export const getStaticPaths = tablePaths;

export const GET: APIRoute = ({ props }) => {
  const { table } = props as { table: DataTable };
  const data = loadSiteData();
  const body = { title: { vi: table.titleVi, en: table.titleEn }, query: table.query, api: data.apiUrl, fetchedAt: data.fetchedAt, columns: table.columns, rows: table.rows };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
