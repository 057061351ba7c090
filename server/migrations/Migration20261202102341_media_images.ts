import { Migration } from '@mikro-orm/migrations';

/**
 * Images sent by people and their renditions, stored in the database (bytea): the same on embedded
 * PGlite and PostgreSQL, backed up with everything else.
 */
export class Migration20261202102341_media_images extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "image" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "uploaded_by_id" uuid not null, "format" text check ("format" in ('jpeg', 'png', 'webp')) not null, "width" int not null, "height" int not null, "byte_size" int not null, "sha256" text not null, "widths" jsonb not null, "is_public" boolean not null default false, "attached_at" timestamptz null, constraint "image_pkey" primary key ("id"));`);
    this.addSql(`create index "image_uploaded_by_id_index" on "image" ("uploaded_by_id");`);

    this.addSql(`create table "image_rendition" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "image_id" uuid not null, "role" text check ("role" in ('ORIGINAL', 'WEBP')) not null, "format" text check ("format" in ('jpeg', 'png', 'webp')) not null, "width" int not null, "height" int not null, "byte_size" int not null, "sha256" text not null, "data" bytea not null, constraint "image_rendition_pkey" primary key ("id"));`);
    this.addSql(`alter table "image_rendition" add constraint "image_rendition_image_id_role_width_unique" unique ("image_id", "role", "width");`);

    this.addSql(`alter table "image" add constraint "image_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "image_rendition" add constraint "image_rendition_image_id_foreign" foreign key ("image_id") references "image" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "image_rendition" drop constraint "image_rendition_image_id_foreign";`);

    this.addSql(`drop table if exists "image" cascade;`);

    this.addSql(`drop table if exists "image_rendition" cascade;`);
  }

}
