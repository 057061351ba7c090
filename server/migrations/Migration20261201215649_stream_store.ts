import { Migration } from '@mikro-orm/migrations';

/**
 * One event store for every kind of stream: workshops' events and their numbers move to
 * `stream_event` and `stream`, each keeping its number, so that a client resuming across the
 * upgrade with the last number it saw receives exactly what it missed.
 */
export class Migration20261201215649_stream_store extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "stream" ("kind" text not null, "key" text not null, "last_seq" int not null default 0, constraint "stream_pkey" primary key ("kind", "key"));`);

    this.addSql(`create table "stream_event" ("stream_kind" text not null, "stream_key" text not null, "seq" int not null, "type" text not null, "data" jsonb not null, "created_at" timestamptz not null default now(), constraint "stream_event_pkey" primary key ("stream_kind", "stream_key", "seq"));`);

    this.addSql(`alter table "stream_event" add constraint "stream_event_stream_kind_stream_key_foreign" foreign key ("stream_kind", "stream_key") references "stream" ("kind", "key") on update cascade on delete cascade;`);

    // The head is the higher of the counter and the last stored number: they are equal, unless
    // something wrote one without the other, and a number must never be given out twice.
    this.addSql(`insert into "stream" ("kind", "key", "last_seq")
      select 'workshop', w."id"::text, greatest(w."last_seq", coalesce(max(e."seq"), 0))
      from "workshop" w left join "workshop_event" e on e."workshop_id" = w."id"
      group by w."id", w."last_seq"
      having greatest(w."last_seq", coalesce(max(e."seq"), 0)) > 0;`);

    this.addSql(`insert into "stream_event" ("stream_kind", "stream_key", "seq", "type", "data", "created_at")
      select 'workshop', "workshop_id"::text, "seq", "type", "data", "created_at" from "workshop_event";`);

    this.addSql(`drop table if exists "workshop_event" cascade;`);

    this.addSql(`alter table "workshop" drop column "last_seq";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "stream_event" drop constraint "stream_event_stream_kind_stream_key_foreign";`);

    this.addSql(`create table "workshop_event" ("workshop_id" uuid not null, "seq" int4 not null, "type" text check ("type" in ('CONTRIBUTION_POSTED', 'CONTRIBUTION_APPROVED', 'CONTRIBUTION_EDITED', 'CONTRIBUTION_REMOVED', 'CONTRIBUTION_RESTORED', 'CONTRIBUTION_MERGED', 'CONTRIBUTION_PINNED', 'CONTRIBUTION_ADDRESSED', 'CONTRIBUTION_TAGGED', 'CONTRIBUTION_REPORTED', 'CONTRIBUTION_VOTED', 'WORKSHOP_STATUS_CHANGED', 'WORKSHOP_PROMPT_CHANGED', 'WORKSHOP_MODE_CHANGED', 'PRESENCE')) not null, "data" jsonb not null, "created_at" timestamptz(6) not null default now(), constraint "workshop_event_pkey" primary key ("workshop_id", "seq"));`);

    this.addSql(`alter table "workshop_event" add constraint "workshop_event_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "workshop" add column "last_seq" int4 not null default 0;`);

    this.addSql(`update "workshop" w set "last_seq" = s."last_seq" from "stream" s where s."kind" = 'workshop' and s."key" = w."id"::text;`);

    this.addSql(`insert into "workshop_event" ("workshop_id", "seq", "type", "data", "created_at")
      select "stream_key"::uuid, "seq", "type", "data", "created_at" from "stream_event" where "stream_kind" = 'workshop';`);

    this.addSql(`drop table if exists "stream" cascade;`);

    this.addSql(`drop table if exists "stream_event" cascade;`);
  }

}
