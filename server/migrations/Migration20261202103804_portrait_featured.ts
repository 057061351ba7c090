import { Migration } from '@mikro-orm/migrations';

export class Migration20261202103804_portrait_featured extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "portrait" add column "is_featured" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "portrait" drop column "is_featured";`);
  }

}
