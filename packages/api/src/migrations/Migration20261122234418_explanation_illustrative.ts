import { Migration } from '@mikro-orm/migrations';

export class Migration20261122234418_explanation_illustrative extends Migration {

  override name = 'Migration20261122234418_explanation_illustrative';

  override up(): void | Promise<void> {
    this.addSql(`alter table "target_explanation" add "cause_en" text null, add "remedy_en" text null, add "illustrative" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "target_explanation" drop column "cause_en", drop column "remedy_en", drop column "illustrative";`);
  }

}
