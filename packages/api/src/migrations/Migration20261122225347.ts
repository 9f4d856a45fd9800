import { Migration } from '@mikro-orm/migrations';

export class Migration20261122225347 extends Migration {

  override name = 'Migration20261122225347';

  override up(): void | Promise<void> {
    this.addSql(`create table "observation" ("id" serial primary key, "indicator_code" varchar(64) not null, "unit_id" varchar(16) not null, "province_id" varchar(16) not null, "level" varchar(16) not null, "period" varchar(16) not null, "disaggregation_by" varchar(16) null, "disaggregation_value" varchar(32) null, "value" double precision not null, "numerator" int null, "denominator" int null, "status" text not null, "revision" int not null, "published_revision" int null, "published_value" double precision null, "published_numerator" int null, "published_denominator" int null, "illustrative" boolean not null, "source" text not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "observation_updated_at_index" on "observation" ("updated_at");`);
    this.addSql(`create index "observation_province_indicator_period_index" on "observation" ("province_id", "indicator_code", "period");`);
    this.addSql(`create index "observation_indicator_period_level_index" on "observation" ("indicator_code", "period", "level");`);
    this.addSql(`create index "observation_unit_period_level_index" on "observation" ("unit_id", "period", "level");`);
    this.addSql(`create unique index "observation_key_unique" on "observation" ("indicator_code", "unit_id", "level", "period", "disaggregation_by", "disaggregation_value") nulls not distinct;`);

    this.addSql(`create table "observation_revision" ("id" serial primary key, "observation_id" int not null, "number" int not null, "value" double precision not null, "numerator" int null, "denominator" int null, "status" text not null, "reason" text null, "recorded_at" timestamptz not null, "recorded_by" text not null);`);
    this.addSql(`alter table "observation_revision" add constraint "observation_revision_number_unique" unique ("observation_id", "number");`);

    this.addSql(`alter table "observation" add constraint "observation_indicator_code_foreign" foreign key ("indicator_code") references "indicator" ("code") on delete restrict;`);
    this.addSql(`alter table "observation" add constraint "observation_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on delete restrict;`);
    this.addSql(`alter table "observation" add constraint "observation_province_id_foreign" foreign key ("province_id") references "admin_unit" ("id") on delete restrict;`);
    this.addSql(`alter table "observation" add constraint "observation_status_check" check ("status" in ('draft', 'submitted', 'approved', 'published'));`);

    this.addSql(`alter table "observation_revision" add constraint "observation_revision_observation_id_foreign" foreign key ("observation_id") references "observation" ("id") on delete cascade;`);
    this.addSql(`alter table "observation_revision" add constraint "observation_revision_status_check" check ("status" in ('draft', 'submitted', 'approved', 'published'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "observation_revision" drop constraint "observation_revision_observation_id_foreign";`);

    this.addSql(`drop table if exists "observation" cascade;`);
    this.addSql(`drop table if exists "observation_revision" cascade;`);
  }

}
