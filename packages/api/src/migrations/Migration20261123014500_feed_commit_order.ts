import { Migration } from '@mikro-orm/migrations';

/**
 * Numbers the change feed in commit order. A transaction's id is taken when it first writes or locks a row, which
 * may be long before it commits: two writers of one figure could commit in the opposite order of their ids, and a
 * feed read in id order would then show the later revision first. Each statement writing the feed registers its
 * transaction once in observation_change_commit; a deferred trigger numbers the transaction as it commits, holding a
 * lock until the commit is visible, so the numbers follow commit order and every committed change below a number a
 * reader has seen is already visible. The change rows themselves are not touched again.
 */
export class Migration20261123014500_feed_commit_order extends Migration {

  override name = 'Migration20261123014500_feed_commit_order';

  override up(): void | Promise<void> {
    this.addSql(`create table "observation_change_commit" ("txid" xid8 not null, "commit_seq" bigint null, constraint "observation_change_commit_pkey" primary key ("txid"));`);
    this.addSql(`alter table "observation_change_commit" add constraint "observation_change_commit_commit_seq_unique" unique ("commit_seq");`);
    this.addSql(`create sequence "observation_change_commit_seq";`);
    this.addSql(`insert into "observation_change_commit" ("txid", "commit_seq") select "txid", row_number() over (order by "txid") from (select distinct "txid" from "observation_change") t;`);
    this.addSql(`select setval('observation_change_commit_seq', coalesce((select max("commit_seq") from "observation_change_commit"), 0) + 1, false);`);
    this.addSql(`create function "observation_change_register_commit"() returns trigger language plpgsql as $$
begin
  insert into "observation_change_commit" ("txid") values (pg_current_xact_id()) on conflict do nothing;
  return null;
end
$$;`);
    this.addSql(`create trigger "observation_change_register_commit" after insert on "observation_change" for each statement execute function "observation_change_register_commit"();`);
    this.addSql(`create function "observation_change_number_commit"() returns trigger language plpgsql as $$
begin
  perform pg_advisory_xact_lock(7244153012);
  update "observation_change_commit" set "commit_seq" = nextval('observation_change_commit_seq') where "txid" = new."txid";
  return null;
end
$$;`);
    this.addSql(`create constraint trigger "observation_change_number_commit" after insert on "observation_change_commit" deferrable initially deferred for each row execute function "observation_change_number_commit"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "observation_change_register_commit" on "observation_change";`);
    this.addSql(`drop table if exists "observation_change_commit" cascade;`);
    this.addSql(`drop function if exists "observation_change_register_commit"();`);
    this.addSql(`drop function if exists "observation_change_number_commit"();`);
    this.addSql(`drop sequence if exists "observation_change_commit_seq";`);
  }

}
