import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122225053 } from './Migration20261122225053.js';
import { Migration20261122225347 } from './Migration20261122225347.js';
import { Migration20261122225531_data_entry } from './Migration20261122225531_data_entry.js';
import { Migration20261122234418_explanation_illustrative } from './Migration20261122234418_explanation_illustrative.js';
import { Migration20261123001945_change_illustrative } from './Migration20261123001945_change_illustrative.js';
import { Migration20261123002207_published_source } from './Migration20261123002207_published_source.js';
import { Migration20261123011259_national_scale } from './Migration20261123011259_national_scale.js';
import { Migration20261123014500_feed_commit_order } from './Migration20261123014500_feed_commit_order.js';

/** Every committed migration in order; `pnpm --filter @edu-vn/api migration:create` rewrites this list. */
export const migrations: readonly MigrationObject[] = [
  { name: 'Migration20261122225053', class: Migration20261122225053 },
  { name: 'Migration20261122225347', class: Migration20261122225347 },
  { name: 'Migration20261122225531_data_entry', class: Migration20261122225531_data_entry },
  { name: 'Migration20261122234418_explanation_illustrative', class: Migration20261122234418_explanation_illustrative },
  { name: 'Migration20261123001945_change_illustrative', class: Migration20261123001945_change_illustrative },
  { name: 'Migration20261123002207_published_source', class: Migration20261123002207_published_source },
  { name: 'Migration20261123011259_national_scale', class: Migration20261123011259_national_scale },
  { name: 'Migration20261123014500_feed_commit_order', class: Migration20261123014500_feed_commit_order },
];
