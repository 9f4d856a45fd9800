import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { AccountEntity } from './account.entity.js';

/** Row of an API token: only its SHA-256 is kept, so a copy of the database gives no one a working token. */
@Entity({ tableName: 'api_token' })
@Index({ properties: ['account'] })
export class ApiTokenEntity {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => AccountEntity, deleteRule: 'cascade' })
  account!: AccountEntity;

  /** Hex SHA-256 of the token. */
  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  /** The first characters of the token after its prefix, to tell tokens apart in a list. */
  @Property({ type: 'string', length: 8 })
  hint!: string;

  /** What the token is for, as its creator wrote it ("máy tính phòng KH-TC"). */
  @Property({ type: 'text', nullable: true })
  label!: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  /** Set once, when the token is revoked; a revoked token never works again. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
