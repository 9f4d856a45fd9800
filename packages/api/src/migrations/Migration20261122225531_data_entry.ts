import { Migration } from '@mikro-orm/migrations';

export class Migration20261122225531_data_entry extends Migration {

  override name = 'Migration20261122225531_data_entry';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_event" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor" text not null, "action" varchar(64) not null, "subject_type" varchar(32) not null, "subject_id" text not null, "unit_id" varchar(16) null, "details" jsonb not null, "comment" text null);`);
    this.addSql(`create index "audit_event_action_index" on "audit_event" ("action");`);
    this.addSql(`create index "audit_event_subject_type_subject_id_index" on "audit_event" ("subject_type", "subject_id");`);
    this.addSql(`create index "audit_event_at_index" on "audit_event" ("at");`);

    this.addSql(`create table "observation_change" ("seq" bigserial primary key, "txid" xid8 not null default pg_current_xact_id(), "at" timestamptz not null default now(), "observation_id" int not null, "unit_id" varchar(16) not null, "province_id" varchar(16) not null, "indicator_code" varchar(64) not null, "level" varchar(16) not null, "period" varchar(16) not null, "disaggregation_by" varchar(16) null, "disaggregation_value" varchar(32) null, "kind" text not null, "revision" int not null, "status" text not null, "value" double precision not null, "numerator" int null, "denominator" int null, "effective_at" timestamptz null, "actor" text not null, "comment" text null);`);
    this.addSql(`create index "observation_change_observation_id_seq_index" on "observation_change" ("observation_id", "seq");`);
    this.addSql(`create index "observation_change_province_id_txid_seq_index" on "observation_change" ("province_id", "txid", "seq");`);
    this.addSql(`create index "observation_change_txid_seq_index" on "observation_change" ("txid", "seq");`);

    this.addSql(`create table "observation_release" ("observation_id" int not null, "revision" int not null, "publish_at" timestamptz not null, "scheduled_by" text not null, "scheduled_at" timestamptz not null default now(), primary key ("observation_id"));`);
    this.addSql(`create index "observation_release_publish_at_index" on "observation_release" ("publish_at");`);

    this.addSql(`create table "target_explanation" ("id" serial primary key, "target_id" varchar(128) not null, "cause" text not null, "remedy" text not null, "recorded_by" text not null, "recorded_at" timestamptz not null default now(), "version" int not null default 1);`);
    this.addSql(`alter table "target_explanation" add constraint "target_explanation_target_id_unique" unique ("target_id");`);

    this.addSql(`create table "account" ("id" serial primary key, "name" varchar(64) not null, "display_name" text not null, "role" text not null, "unit_id" varchar(16) null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "account" add constraint "account_name_unique" unique ("name");`);
    this.addSql(`create index "account_unit_id_index" on "account" ("unit_id");`);

    this.addSql(`create table "api_token" ("id" serial primary key, "account_id" int not null, "token_hash" varchar(64) not null, "hint" varchar(8) not null, "label" text null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null);`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "api_token_account_id_index" on "api_token" ("account_id");`);

    this.addSql(`alter table "observation_change" add constraint "observation_change_kind_check" check ("kind" in ('created', 'revised', 'submitted', 'approved', 'returned', 'scheduled', 'published'));`);
    this.addSql(`alter table "observation_change" add constraint "observation_change_status_check" check ("status" in ('draft', 'submitted', 'approved', 'published'));`);

    this.addSql(`alter table "target_explanation" add constraint "target_explanation_target_id_foreign" foreign key ("target_id") references "target" ("id") on delete cascade;`);

    this.addSql(`alter table "account" add constraint "account_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on delete restrict;`);
    this.addSql(`alter table "account" add constraint "account_role_check" check ("role" in ('district_officer', 'province_officer', 'admin'));`);

    this.addSql(`alter table "api_token" add constraint "api_token_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "api_token" drop constraint "api_token_account_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop table if exists "observation_change" cascade;`);
    this.addSql(`drop table if exists "observation_release" cascade;`);
    this.addSql(`drop table if exists "target_explanation" cascade;`);
    this.addSql(`drop table if exists "account" cascade;`);
    this.addSql(`drop table if exists "api_token" cascade;`);
  }

}
