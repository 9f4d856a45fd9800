/** A GraphQL request: the document and its variables. */
export interface GraphqlBody {
  query: string;
  variables?: Record<string, unknown>;
}

/** Posts a request and returns its data; a GraphQL error fails the benchmark rather than timing an error page. */
export async function postGraphql<T = Record<string, unknown>>(url: string, body: GraphqlBody, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const parsed = (await response.json()) as { data?: T; errors?: unknown[] };
  if (parsed.errors || !parsed.data) throw new Error(`${body.query.slice(0, 200)}\n${JSON.stringify(parsed.errors ?? parsed).slice(0, 2000)}`);
  return parsed.data;
}
