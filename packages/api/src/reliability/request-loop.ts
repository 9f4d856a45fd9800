/** What one request of a loop got: a status, or the error that ended it, and how long it took. */
export interface Outcome {
  at: number;
  ms: number;
  status: number | null;
  code: string | null;
  error: string | null;
}

export interface RequestLoop {
  outcomes: Outcome[];
  /** Stops sending and resolves once every request in flight has ended. */
  stop(): Promise<Outcome[]>;
}

/** A GraphQL query every caller may send, answered from the database. */
export const PUBLIC_QUERY = '{ indicators(first: 5) { totalCount nodes { code nameVi } } }';

/** Sends one request and records its outcome; every request gives up after `timeoutMs`. */
export async function timedRequest(url: string, init: RequestInit, timeoutMs: number): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    let code: string | null = null;
    try {
      const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
      code = body.errors?.[0]?.extensions?.code ?? null;
    } catch {
      code = 'NOT_JSON';
    }
    return { at: started, ms: performance.now() - started, status: response.status, code, error: null };
  } catch (caught) {
    return { at: started, ms: performance.now() - started, status: null, code: null, error: (caught as Error).name };
  }
}

/** Keeps `concurrency` clients sending the public query to /graphql, one after another, until stopped. */
export function startRequestLoop(baseUrl: string, concurrency: number, timeoutMs: number): RequestLoop {
  const outcomes: Outcome[] = [];
  let running = true;
  const init: RequestInit = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: PUBLIC_QUERY }) };
  const clients = Array.from({ length: concurrency }, async () => {
    while (running) {
      outcomes.push(await timedRequest(`${baseUrl}/graphql`, init, timeoutMs));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  });
  return {
    outcomes,
    async stop() {
      running = false;
      await Promise.all(clients);
      return outcomes;
    },
  };
}
