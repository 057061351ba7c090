import { Migration } from '@mikro-orm/migrations';

export class Migration20261203113025_organization_logo extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "organization" add column "logo_id" uuid null;`);
    this.addSql(
      `alter table "organization" add constraint "organization_logo_id_foreign" foreign key ("logo_id") references "image" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organization" drop constraint "organization_logo_id_foreign";`);

    this.addSql(`alter table "organization" drop column "logo_id";`);
  }
}
