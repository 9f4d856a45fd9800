/** Sends a request and aborts it after `afterMs`; resolves however it ended, since the abort is the point. */
export async function abortedRequest(url: string, init: RequestInit, afterMs: number): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), afterMs);
  try {
    const response = await fetch(url, { ...init, signal: controller.signal });
    await response.arrayBuffer();
  } catch {
    // Whatever the client saw, the server must clean up after it.
  } finally {
    clearTimeout(timer);
  }
}

/** An upload that sends the first half of the body, then stops sending and disconnects. */
export async function halfUpload(url: string, headers: Record<string, string>, bytes: Uint8Array): Promise<void> {
  const controller = new AbortController();
  const body = new ReadableStream<Uint8Array>({
    start(stream) {
      stream.enqueue(bytes.subarray(0, bytes.length >> 1));
      setTimeout(() => controller.abort(), 30);
    },
  });
  try {
    await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'text/csv' }, body, signal: controller.signal, duplex: 'half' } as RequestInit);
  } catch {
    // The client gave up mid-upload.
  }
}

const HEAVY_QUERY = '{ observations(first: 100) { totalCount nodes { value unit { name } indicator { nameVi } revisions(first: 3) { nodes { number value } } } } }';

/**
 * One round of six requests abandoned at a point that moves with `index`: two GraphQL queries, a CSV and an XLSX
 * export, a dry-run import being checked, and an upload cut in the middle.
 */
export async function abortRound(baseUrl: string, admin: Record<string, string>, csv: Uint8Array, index: number): Promise<number> {
  const delay = (index * 7) % 40;
  const heavy: RequestInit = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: HEAVY_QUERY }) };
  await Promise.all([
    abortedRequest(`${baseUrl}/graphql`, heavy, delay),
    abortedRequest(`${baseUrl}/graphql`, heavy, delay + 3),
    abortedRequest(`${baseUrl}/export/figures.csv?province=84&period=2024-2025`, { headers: admin }, delay),
    abortedRequest(`${baseUrl}/export/figures.xlsx?province=79&period=2024-2025`, { headers: admin }, delay + 10),
    abortedRequest(`${baseUrl}/import?fileName=dry.csv&dryRun=true`, { method: 'POST', headers: { ...admin, 'content-type': 'text/csv' }, body: csv }, 20 + delay * 5),
    halfUpload(`${baseUrl}/import?fileName=half.csv`, admin, csv),
  ]);
  return 6;
}

/** The API's sessions on its database, by state, and how many hold a transaction open. */
export const SESSIONS_SQL = `select coalesce(state, 'none') as state, count(*)::int as n, count(*) filter (where xact_start is not null)::int as in_transaction
  from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() group by 1 order by 1`;
