import type { APIRoute } from 'astro';
import type { QueryRun } from '../../../data/site-data.js';
import { queryPaths } from '../../../views/static-paths.js';

export const getStaticPaths = queryPaths;

/** The API's answer to one query run, as the build received it. */
export const GET: APIRoute = ({ props }) => new Response(JSON.stringify({ data: (props as { run: QueryRun }).run.result }, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
