import type { Pool, PoolClient } from 'pg';

export interface RecordedStatement {
  text: string;
  values: unknown[];
}

/** A pool hook (MikroORM `onPoolCreated`) recording every statement sent, to count them per request and EXPLAIN them. */
export function recordStatements(log: RecordedStatement[]) {
  return (pool: Pool) => {
    pool.on('connect', (client: PoolClient) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
        const [first, second] = args;
        const text = typeof first === 'string' ? first : String((first as { text?: string }).text);
        const values = Array.isArray(second) ? second : ((first as { values?: unknown[] }).values ?? []);
        log.push({ text, values });
        return query(...args);
      };
    });
  };
}
