import DataLoader from 'dataloader';
import { sql } from 'kysely';
import { MAX_BATCH_SIZE } from '../common/loaders.js';
import type { LoaderDeps } from '../context.js';

/** Per-request loaders of what the workflow needs beside the figures: their versions and scheduled publications. */
export function createWorkflowLoaders({ db }: LoaderDeps) {
  return {
    /** The current version of each figure, which a mutation must send back. */
    versionById: new DataLoader<number, number | null>(
      async (ids) => {
        const { rows } = await sql<{ id: number; version: number }>`select id, version from observation where id = any(${[...ids]}::int[])`.execute(db);
        const byId = new Map(rows.map((row) => [row.id, row.version]));
        return ids.map((id) => byId.get(id) ?? null);
      },
      { maxBatchSize: MAX_BATCH_SIZE },
    ),
    /** When an approved figure is scheduled to be published. */
    releaseById: new DataLoader<number, Date | null>(
      async (ids) => {
        const { rows } = await sql<{ observation_id: number; publish_at: Date }>`select observation_id, publish_at from observation_release where observation_id = any(${[...ids]}::int[])`.execute(db);
        const byId = new Map(rows.map((row) => [row.observation_id, new Date(row.publish_at)]));
        return ids.map((id) => byId.get(id) ?? null);
      },
      { maxBatchSize: MAX_BATCH_SIZE },
    ),
  };
}
