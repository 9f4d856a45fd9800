import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { jsonPgSmartTags } from 'postgraphile/utils';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';

export interface PostGraphileOptions {
  /** Loopback port; 0 (the default) picks a free one. */
  port?: number;
  host?: string;
  /** Connections in PostGraphile's pool, as many as our API's pool by default. */
  poolSize?: number;
}

export interface RunningPostGraphile {
  /** Base URL; GraphQL is served by POST at `${url}/graphql`. */
  url: string;
  close(): Promise<void>;
}

/**
 * PostGraphile v5 filters only on indexed columns; "published" is `published_revision is not null`, an unindexed column,
 * so the analyst opens that one column to filtering with a smart tag and leaves the other unindexed columns closed.
 */
const PublishedFilterTags = jsonPgSmartTags({
  version: 1,
  config: { attribute: { 'observation.published_revision': { tags: { behavior: '+filterBy' } } } },
});

/**
 * PostGraphile v5 over the public schema, configured as it would run in production (no GraphiQL, no schema watch, no
 * explain, no subscriptions), with the connection-filter plugin limited to simple operators: plain `condition`
 * arguments cannot say "is not null", which "published" needs.
 */
export async function startPostGraphile(databaseUrl: string, options: PostGraphileOptions = {}): Promise<RunningPostGraphile> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.poolSize ?? 10 });
  const preset: GraphileConfig.Preset = {
    extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
    plugins: [PublishedFilterTags],
    pgServices: [makePgService({ pool, schemas: ['public'], pubsub: false })],
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false, websockets: false },
    grafast: { explain: false },
    schema: {
      connectionFilterAllowedOperators: ['isNull', 'equalTo', 'notEqualTo', 'in', 'notIn', 'lessThan', 'lessThanOrEqualTo', 'greaterThan', 'greaterThanOrEqualTo'],
      connectionFilterComputedColumns: false,
      connectionFilterSetofFunctions: false,
      connectionFilterArrays: false,
    },
  };
  const pgl = postgraphile(preset);
  const server = createServer();
  try {
    const serv = pgl.createServ(grafserv);
    await serv.addTo(server, false);
    await pgl.getSchema();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
    });
  } catch (error) {
    await pgl.release();
    await pool.end();
    throw error;
  }
  const address = server.address() as AddressInfo;
  return {
    url: `http://${address.address}:${address.port}`,
    async close() {
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await pgl.release();
      await pool.end();
    },
  };
}
