import { Migration } from '@mikro-orm/migrations';

export class Migration20261123001945_change_illustrative extends Migration {

  override name = 'Migration20261123001945_change_illustrative';

  override up(): void | Promise<void> {
    this.addSql(`alter table "observation_change" add "illustrative" boolean not null default false;`);
    this.addSql(`update "observation_change" c set "illustrative" = o."illustrative" from "observation" o where o."id" = c."observation_id" and o."illustrative";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "observation_change" drop column "illustrative";`);
  }

}
