import type { QueryRun } from '../data/site-data.js';

/** The GraphQL over HTTP request body that repeats a query run. */
export function requestBody(run: QueryRun, files: Record<string, string>): string {
  return JSON.stringify({ query: files[run.name] ?? '', variables: run.variables }, null, 1);
}

/** Address of the request body file of a run. */
export function requestFile(run: QueryRun): string {
  return `/du-lieu/truy-van/${run.id}.request.json`;
}

/** Address of the build-time answer of a run. */
export function resultFile(run: QueryRun): string {
  return `/du-lieu/truy-van/${run.id}.json`;
}

/** A shell command that posts the request body to the API, so an analyst gets the same figures. */
export function curlCommand(run: QueryRun, apiUrl: string): string {
  return `curl -s -H 'content-type: application/json' --data-binary @${run.id}.request.json ${apiUrl}`;
}
