import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

/**
 * The commit order of the transactions that wrote the change feed: a row per transaction, registered by a trigger on
 * observation_change and numbered by a deferred trigger as it commits (see Migration20261123014500_feed_commit_order).
 */
@Entity({ tableName: 'observation_change_commit' })
export class ObservationChangeCommitEntity {
  /** The writing transaction's id (xid8). */
  @PrimaryKey({ type: 'bigint', columnType: 'xid8', autoincrement: false })
  txid!: string;

  /** Its place in commit order; null only inside the transaction, before it commits. */
  @Property({ type: 'bigint', nullable: true })
  @Unique()
  commitSeq?: string | null;
}
