import type { APIRoute } from 'astro';
import { toCsv } from '../../downloads/csv.js';
import type { DataTable } from '../../downloads/data-tables.js';
import { tablePaths } from '../../views/static-paths.js';

export const getStaticPaths = tablePaths;

export const GET: APIRoute = ({ props }) => {
  const { table } = props as { table: DataTable };
  return new Response(toCsv(table.columns, table.rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
