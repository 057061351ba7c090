import { Migration } from '@mikro-orm/migrations';

export class Migration20261202103047_portrait_images extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "portrait_image" ("portrait_id" uuid not null, "image_id" uuid not null, "alt" text not null, "position" int not null default 0, constraint "portrait_image_pkey" primary key ("portrait_id", "image_id"));`);
    this.addSql(`create index "portrait_image_image_id_index" on "portrait_image" ("image_id");`);

    this.addSql(`alter table "portrait_image" add constraint "portrait_image_portrait_id_foreign" foreign key ("portrait_id") references "portrait" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "portrait_image" add constraint "portrait_image_image_id_foreign" foreign key ("image_id") references "image" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "portrait_image" cascade;`);
  }

}
