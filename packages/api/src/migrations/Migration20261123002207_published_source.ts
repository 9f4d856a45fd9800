import { Migration } from '@mikro-orm/migrations';

export class Migration20261123002207_published_source extends Migration {

  override name = 'Migration20261123002207_published_source';

  override up(): void | Promise<void> {
    this.addSql(`alter table "observation" add "published_source" text null, add "published_illustrative" boolean null;`);
    this.addSql(`update "observation" set "published_source" = "source", "published_illustrative" = "illustrative" where "published_revision" is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "observation" drop column "published_source", drop column "published_illustrative";`);
  }

}
