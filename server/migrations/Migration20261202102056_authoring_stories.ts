import { Migration } from '@mikro-orm/migrations';

export class Migration20261202102056_authoring_stories extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "draft" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "subject_kind" text check ("subject_kind" in ('STORY', 'PORTRAIT')) not null, "subject_id" uuid not null, "document" jsonb not null, "version" int not null default 1, "state" text check ("state" in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'PUBLISHED', 'WITHDRAWN')) not null default 'DRAFT', "title" text not null, "path" text not null, "reviewer_note" text null, "reviewed_by_id" uuid null, "reviewed_at" timestamptz null, "submitted_at" timestamptz null, "updated_by_id" uuid null, "created_by_id" uuid null, constraint "draft_pkey" primary key ("id"));`);
    this.addSql(`create index "draft_state_index" on "draft" ("state");`);
    this.addSql(`create index "draft_submitted_at_index" on "draft" ("submitted_at");`);
    this.addSql(`create index "draft_created_by_id_index" on "draft" ("created_by_id");`);
    this.addSql(`alter table "draft" add constraint "draft_subject_kind_subject_id_unique" unique ("subject_kind", "subject_id");`);

    this.addSql(`create table "content_revision" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "subject_kind" text check ("subject_kind" in ('STORY', 'PORTRAIT')) not null, "subject_id" uuid not null, "number" int not null, "action" text check ("action" in ('CREATED', 'SAVED', 'SUBMITTED', 'CHANGES_REQUESTED', 'PUBLISHED', 'WITHDRAWN', 'RESTORED')) not null, "document" jsonb not null, "author_id" uuid null, "note" text null, constraint "content_revision_pkey" primary key ("id"));`);
    this.addSql(`create index "content_revision_author_id_index" on "content_revision" ("author_id");`);
    this.addSql(`alter table "content_revision" add constraint "content_revision_subject_kind_subject_id_number_unique" unique ("subject_kind", "subject_id", "number");`);

    this.addSql(`create table "story_portrait" ("story_id" uuid not null, "portrait_id" uuid not null, constraint "story_portrait_pkey" primary key ("story_id", "portrait_id"));`);

    this.addSql(`create table "story_workshop" ("story_id" uuid not null, "workshop_id" uuid not null, constraint "story_workshop_pkey" primary key ("story_id", "workshop_id"));`);

    this.addSql(`alter table "draft" add constraint "draft_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "draft" add constraint "draft_updated_by_id_foreign" foreign key ("updated_by_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "draft" add constraint "draft_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "content_revision" add constraint "content_revision_author_id_foreign" foreign key ("author_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "story_portrait" add constraint "story_portrait_story_id_foreign" foreign key ("story_id") references "story" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "story_portrait" add constraint "story_portrait_portrait_id_foreign" foreign key ("portrait_id") references "portrait" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "story_workshop" add constraint "story_workshop_story_id_foreign" foreign key ("story_id") references "story" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "story_workshop" add constraint "story_workshop_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "story" add column "author_id" uuid null, add column "consent_at" timestamptz null;`);
    this.addSql(`alter table "story" add constraint "story_author_id_foreign" foreign key ("author_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "story_author_id_index" on "story" ("author_id");`);

    // A story's one portrait becomes the first of its portraits.
    this.addSql(`insert into "story_portrait" ("story_id", "portrait_id") select "id", "portrait_id" from "story" where "portrait_id" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "draft" cascade;`);

    this.addSql(`drop table if exists "content_revision" cascade;`);

    this.addSql(`drop table if exists "story_portrait" cascade;`);

    this.addSql(`drop table if exists "story_workshop" cascade;`);

    this.addSql(`alter table "story" drop constraint "story_author_id_foreign";`);

    this.addSql(`drop index "story_author_id_index";`);
    this.addSql(`alter table "story" drop column "author_id", drop column "consent_at";`);
  }

}
