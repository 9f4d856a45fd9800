import type { APIRoute } from 'astro';
import type { QueryRun } from '../../../data/site-data.js';
import { loadSiteData } from '../../../data/site-data-store.js';
import { queryPaths } from '../../../views/static-paths.js';
import { requestBody } from '../../../views/query-request.js';

export const getStaticPaths = queryPaths;

/** The exact request body to POST to the API to run the query again. */
export const GET: APIRoute = ({ props }) => {
  const { run } = props as { run: QueryRun };
  return new Response(requestBody(run, loadSiteData().queryFiles), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
