import { Migration } from '@mikro-orm/migrations';

export class Migration20261123011259_national_scale extends Migration {

  override name = 'Migration20261123011259_national_scale';

  override up(): void | Promise<void> {
    this.addSql(`create table "publication_version" ("id" smallint primary key, "version" bigint not null, "changed_at" timestamptz not null);`);

    this.addSql(`create table "province_aggregate" ("province_id" varchar(16) not null, "indicator_code" varchar(64) not null, "level" varchar(16) not null, "period" varchar(16) not null, "unit_ids" text[] not null, "lacking_unit_ids" text[] not null, "value_sum" double precision not null, "numerator_sum" bigint not null, "denominator_sum" bigint not null, "illustrative" boolean not null, "refreshed_at" timestamptz not null, primary key ("province_id", "indicator_code", "level", "period"));`);

    this.addSql(`alter table "province_aggregate" add constraint "province_aggregate_province_id_foreign" foreign key ("province_id") references "admin_unit" ("id") on delete cascade;`);
    this.addSql(`create index "province_aggregate_province_id_period_index" on "province_aggregate" ("province_id", "period");`);

    this.addSql(`alter table "province_aggregate" add constraint "province_aggregate_indicator_code_foreign" foreign key ("indicator_code") references "indicator" ("code") on delete cascade;`);

    this.addSql(`create index "observation_public_province_order_index" on "observation" ("province_id", "unit_id", "indicator_code", "level", "period", "id") where "published_revision" is not null;`);
    this.addSql(`create index "observation_public_order_index" on "observation" ("unit_id", "indicator_code", "level", "period", "id") where "published_revision" is not null;`);

    this.addSql(`insert into "publication_version" ("id", "version", "changed_at") values (1, 0, now());`);
    this.addSql(`insert into "province_aggregate" ("province_id", "indicator_code", "level", "period", "unit_ids", "lacking_unit_ids", "value_sum", "numerator_sum", "denominator_sum", "illustrative", "refreshed_at")
      select p.id, o.indicator_code, o.level, o.period, array_agg(o.unit_id order by o.unit_id),
        coalesce(array_agg(o.unit_id order by o.unit_id) filter (where o.published_numerator is null or o.published_denominator is null), '{}'),
        sum(o.published_value), coalesce(sum(o.published_numerator), 0), coalesce(sum(o.published_denominator), 0), coalesce(bool_or(o.published_illustrative), false), now()
      from "observation" o join "admin_unit" u on u.id = o.unit_id
      join "admin_unit" p on p.id = u.parent_id and p.kind = 'province' and u.kind = case when p.era = 'pre-reform' then 'district' else 'commune' end
      where o.published_revision is not null and o.disaggregation_by is null
      group by p.id, o.indicator_code, o.level, o.period;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "observation_public_province_order_index";`);
    this.addSql(`drop index if exists "observation_public_order_index";`);
    this.addSql(`drop table if exists "publication_version" cascade;`);
    this.addSql(`drop table if exists "province_aggregate" cascade;`);
  }

}
