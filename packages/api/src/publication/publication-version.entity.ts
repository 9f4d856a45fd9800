import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A single row counting changes to what the public can see (publications, targets, plans, explanations). Every such
 * transaction bumps it, so each API process can tell in one tiny query whether a cached public answer is still good.
 */
@Entity({ tableName: 'publication_version' })
export class PublicationVersionEntity {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id!: number;

  @Property({ type: 'bigint', columnType: 'bigint' })
  version!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  changedAt: Date = new Date();
}
