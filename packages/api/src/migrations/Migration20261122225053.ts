import { Migration } from '@mikro-orm/migrations';

export class Migration20261122225053 extends Migration {

  override name = 'Migration20261122225053';

  override up(): void | Promise<void> {
    this.addSql(`create table "indicator_distribution" ("code" varchar(64) not null, "name_vi" text not null, "name_en" text not null, "bands" text[] not null, primary key ("code"));`);

    this.addSql(`create table "indicator" ("code" varchar(64) not null, "position" int not null, "name_vi" text not null, "name_en" text not null, "definition_vi" text not null, "definition_en" text not null, "unit" varchar(32) not null, "direction" varchar(32) not null, "theme" varchar(32) not null, "levels" text[] not null, "numerator_vi" text null, "denominator_vi" text null, "numerator_en" text null, "denominator_en" text null, "distribution" varchar(64) null, "ordinal_max" int null, "disaggregations" text[] null, primary key ("code"));`);
    this.addSql(`create index "indicator_position_index" on "indicator" ("position");`);

    this.addSql(`create table "admin_unit" ("id" varchar(16) not null, "era" text not null, "code" varchar(5) not null, "kind" text not null, "name" text not null, "short_name" text not null, "type" text not null, "parent_id" varchar(16) null, "province_id" varchar(16) not null, "valid_from" date null, "valid_to" date null, "former_name" text null, "former_parent_id" varchar(16) null, "short_key" text not null, "name_key" text not null, "former_key" text null, primary key ("id"));`);
    this.addSql(`create index "admin_unit_code_index" on "admin_unit" ("code");`);
    this.addSql(`create index "admin_unit_parent_id_index" on "admin_unit" ("parent_id");`);
    this.addSql(`create index "admin_unit_province_id_index" on "admin_unit" ("province_id");`);
    this.addSql(`create index "admin_unit_former_parent_id_index" on "admin_unit" ("former_parent_id");`);
    this.addSql(`create index "admin_unit_kind_code_id_index" on "admin_unit" ("kind", "code", "id");`);

    this.addSql(`create table "plan" ("id" varchar(16) not null, "number" text null, "title" text not null, "issuer" text not null, "unit_id" varchar(16) not null, "issued_on" date null, "signer_name" text null, "signer_title" text null, "period" varchar(16) not null, "theme" text null, "source" text not null, "text" text not null, primary key ("id"));`);
    this.addSql(`create index "plan_unit_id_index" on "plan" ("unit_id");`);

    this.addSql(`create table "target" ("id" varchar(128) not null, "plan_id" varchar(16) not null, "position" int not null, "section" varchar(32) not null, "indicator_code" varchar(64) not null, "level" varchar(16) not null, "period" varchar(16) not null, "unit_id" varchar(16) not null, "comparator" varchar(8) not null, "value" double precision not null, "value_max" double precision null, "value_unit" varchar(32) not null, "change" varchar(16) null, "out_of" double precision null, "wording" text not null, "quote" text not null, "disaggregation_by" varchar(16) null, "disaggregation_value" varchar(32) null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "target_period_index" on "target" ("period");`);
    this.addSql(`create index "target_indicator_code_level_index" on "target" ("indicator_code", "level");`);
    this.addSql(`create index "target_unit_id_period_index" on "target" ("unit_id", "period");`);
    this.addSql(`create index "target_plan_id_position_index" on "target" ("plan_id", "position");`);

    this.addSql(`create table "plan_task_group" ("id" serial primary key, "plan_id" varchar(16) not null, "position" int not null, "section" varchar(32) not null, "title_vi" text not null, "summary_vi" text null);`);
    this.addSql(`alter table "plan_task_group" add constraint "plan_task_group_plan_id_position_unique" unique ("plan_id", "position");`);

    this.addSql(`create table "plan_deadline" ("id" serial primary key, "plan_id" varchar(16) not null, "position" int not null, "section" varchar(32) not null, "description_vi" text not null, "description_en" text not null, "due_kind" text not null, "due_date" date null, "due_day" smallint null, "due_month" smallint null, "due_event_vi" text null, "due_event_en" text null, "due_before" boolean not null, "reporter" text null, "recipient" text null);`);
    this.addSql(`alter table "plan_deadline" add constraint "plan_deadline_plan_id_position_unique" unique ("plan_id", "position");`);

    this.addSql(`create table "unit_succession" ("id" serial primary key, "predecessor_id" varchar(16) not null, "successor_id" varchar(16) not null, "relation" text not null, "effective_on" date not null, "confidence" text null, "corrected" boolean not null default false, "derived" boolean not null default false);`);
    this.addSql(`create index "unit_succession_successor_id_index" on "unit_succession" ("successor_id");`);
    this.addSql(`alter table "unit_succession" add constraint "unit_succession_predecessor_id_successor_id_unique" unique ("predecessor_id", "successor_id");`);

    this.addSql(`alter table "admin_unit" add constraint "admin_unit_parent_id_foreign" foreign key ("parent_id") references "admin_unit" ("id") on delete restrict;`);
    this.addSql(`alter table "admin_unit" add constraint "admin_unit_province_id_foreign" foreign key ("province_id") references "admin_unit" ("id") on delete restrict;`);
    this.addSql(`alter table "admin_unit" add constraint "admin_unit_former_parent_id_foreign" foreign key ("former_parent_id") references "admin_unit" ("id") on delete restrict;`);
    this.addSql(`alter table "admin_unit" add constraint "admin_unit_era_check" check ("era" in ('pre-reform', 'post-reform'));`);
    this.addSql(`alter table "admin_unit" add constraint "admin_unit_kind_check" check ("kind" in ('province', 'district', 'commune'));`);

    this.addSql(`alter table "plan" add constraint "plan_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on delete restrict;`);

    this.addSql(`alter table "target" add constraint "target_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on delete cascade;`);
    this.addSql(`alter table "target" add constraint "target_indicator_code_foreign" foreign key ("indicator_code") references "indicator" ("code") on delete restrict;`);
    this.addSql(`alter table "target" add constraint "target_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on delete restrict;`);

    this.addSql(`alter table "plan_task_group" add constraint "plan_task_group_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on delete cascade;`);

    this.addSql(`alter table "plan_deadline" add constraint "plan_deadline_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on delete cascade;`);
    this.addSql(`alter table "plan_deadline" add constraint "plan_deadline_due_kind_check" check ("due_kind" in ('date', 'monthly', 'yearly', 'yearly_event'));`);

    this.addSql(`alter table "unit_succession" add constraint "unit_succession_predecessor_id_foreign" foreign key ("predecessor_id") references "admin_unit" ("id") on delete cascade;`);
    this.addSql(`alter table "unit_succession" add constraint "unit_succession_successor_id_foreign" foreign key ("successor_id") references "admin_unit" ("id") on delete cascade;`);
    this.addSql(`alter table "unit_succession" add constraint "unit_succession_relation_check" check ("relation" in ('full', 'partial'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "target" drop constraint "target_indicator_code_foreign";`);
    this.addSql(`alter table "admin_unit" drop constraint "admin_unit_parent_id_foreign";`);
    this.addSql(`alter table "admin_unit" drop constraint "admin_unit_province_id_foreign";`);
    this.addSql(`alter table "admin_unit" drop constraint "admin_unit_former_parent_id_foreign";`);
    this.addSql(`alter table "plan" drop constraint "plan_unit_id_foreign";`);
    this.addSql(`alter table "target" drop constraint "target_unit_id_foreign";`);
    this.addSql(`alter table "unit_succession" drop constraint "unit_succession_predecessor_id_foreign";`);
    this.addSql(`alter table "unit_succession" drop constraint "unit_succession_successor_id_foreign";`);
    this.addSql(`alter table "target" drop constraint "target_plan_id_foreign";`);
    this.addSql(`alter table "plan_task_group" drop constraint "plan_task_group_plan_id_foreign";`);
    this.addSql(`alter table "plan_deadline" drop constraint "plan_deadline_plan_id_foreign";`);

    this.addSql(`drop table if exists "indicator_distribution" cascade;`);
    this.addSql(`drop table if exists "indicator" cascade;`);
    this.addSql(`drop table if exists "admin_unit" cascade;`);
    this.addSql(`drop table if exists "plan" cascade;`);
    this.addSql(`drop table if exists "target" cascade;`);
    this.addSql(`drop table if exists "plan_task_group" cascade;`);
    this.addSql(`drop table if exists "plan_deadline" cascade;`);
    this.addSql(`drop table if exists "unit_succession" cascade;`);
  }

}
