import { Migration } from '@mikro-orm/migrations';

export class Migration20261124011736_live_workshops extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "sign_in_throttle" ("email_hash" text not null, "failures" int not null default 0, "locked_until" timestamptz null, "updated_at" timestamptz not null default now(), constraint "sign_in_throttle_pkey" primary key ("email_hash"));`);

    this.addSql(`create table "guest" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workshop_id" uuid not null, "display_name" text not null, constraint "guest_pkey" primary key ("id"));`);
    this.addSql(`create index "guest_workshop_id_index" on "guest" ("workshop_id");`);

    this.addSql(`create table "session" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "token_hash" text not null, "person_id" uuid null, "guest_id" uuid null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_person_id_index" on "session" ("person_id");`);
    this.addSql(`create index "session_guest_id_index" on "session" ("guest_id");`);

    this.addSql(`create table "moderation_action" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workshop_id" uuid not null, "contribution_id" uuid null, "actor_id" uuid not null, "action" text check ("action" in ('APPROVE', 'HIDE', 'RESTORE', 'PIN', 'UNPIN', 'ADDRESS', 'MERGE', 'TAG', 'OPEN', 'PAUSE', 'CLOSE', 'SCHEDULE', 'MODE', 'PROMPT')) not null, "reason" text null, constraint "moderation_action_pkey" primary key ("id"));`);
    this.addSql(`create index "moderation_action_workshop_id_created_at_index" on "moderation_action" ("workshop_id", "created_at");`);

    this.addSql(`create table "contribution_vote" ("contribution_id" uuid not null, "voter_key" text not null, "created_at" timestamptz not null default now(), constraint "contribution_vote_pkey" primary key ("contribution_id", "voter_key"));`);

    this.addSql(`create table "contribution_report" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "contribution_id" uuid not null, "reporter_key" text not null, "reason" text not null, constraint "contribution_report_pkey" primary key ("id"));`);
    this.addSql(`create index "contribution_report_contribution_id_index" on "contribution_report" ("contribution_id");`);
    this.addSql(`alter table "contribution_report" add constraint "contribution_report_contribution_id_reporter_key_unique" unique ("contribution_id", "reporter_key");`);

    this.addSql(`create table "workshop_event" ("workshop_id" uuid not null, "seq" int not null, "type" text check ("type" in ('CONTRIBUTION_POSTED', 'CONTRIBUTION_APPROVED', 'CONTRIBUTION_EDITED', 'CONTRIBUTION_REMOVED', 'CONTRIBUTION_RESTORED', 'CONTRIBUTION_MERGED', 'CONTRIBUTION_PINNED', 'CONTRIBUTION_ADDRESSED', 'CONTRIBUTION_TAGGED', 'CONTRIBUTION_REPORTED', 'CONTRIBUTION_VOTED', 'WORKSHOP_STATUS_CHANGED', 'WORKSHOP_PROMPT_CHANGED', 'WORKSHOP_MODE_CHANGED', 'PRESENCE')) not null, "data" jsonb not null, "created_at" timestamptz not null default now(), constraint "workshop_event_pkey" primary key ("workshop_id", "seq"));`);

    this.addSql(`alter table "guest" add constraint "guest_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "session" add constraint "session_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session" add constraint "session_guest_id_foreign" foreign key ("guest_id") references "guest" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "moderation_action" add constraint "moderation_action_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "moderation_action" add constraint "moderation_action_contribution_id_foreign" foreign key ("contribution_id") references "contribution" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "moderation_action" add constraint "moderation_action_actor_id_foreign" foreign key ("actor_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "contribution_vote" add constraint "contribution_vote_contribution_id_foreign" foreign key ("contribution_id") references "contribution" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "contribution_report" add constraint "contribution_report_contribution_id_foreign" foreign key ("contribution_id") references "contribution" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "workshop_event" add constraint "workshop_event_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "contribution" drop constraint if exists "contribution_moderation_state_check";`);

    this.addSql(`alter table "person" add column "password_hash" text null;`);

    this.addSql(`alter table "workshop" add column "moderation_mode" text check ("moderation_mode" in ('STRICT', 'OPEN')) not null default 'STRICT', add column "join_code" text null, add column "active_prompt_id" uuid null, add column "last_seq" int not null default 0;`);
    this.addSql(`alter table "workshop" add constraint "workshop_active_prompt_id_foreign" foreign key ("active_prompt_id") references "prompt" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "workshop" add constraint "workshop_join_code_unique" unique ("join_code");`);

    this.addSql(`alter table "contribution" add column "guest_id" uuid null, add column "pinned" boolean not null default false, add column "addressed_at" timestamptz null, add column "edited_at" timestamptz null, add column "hidden_reason" text null, add column "merged_into_id" uuid null;`);
    this.addSql(`alter table "contribution" add constraint "contribution_guest_id_foreign" foreign key ("guest_id") references "guest" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "contribution" add constraint "contribution_merged_into_id_foreign" foreign key ("merged_into_id") references "contribution" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "contribution" add constraint "contribution_moderation_state_check" check("moderation_state" in ('PENDING', 'PUBLISHED', 'HIDDEN', 'WITHDRAWN', 'MERGED'));`);
    this.addSql(`create index "contribution_guest_id_index" on "contribution" ("guest_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "session" drop constraint "session_guest_id_foreign";`);

    this.addSql(`alter table "contribution" drop constraint "contribution_guest_id_foreign";`);

    this.addSql(`drop table if exists "sign_in_throttle" cascade;`);

    this.addSql(`drop table if exists "guest" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "moderation_action" cascade;`);

    this.addSql(`drop table if exists "contribution_vote" cascade;`);

    this.addSql(`drop table if exists "contribution_report" cascade;`);

    this.addSql(`drop table if exists "workshop_event" cascade;`);

    this.addSql(`alter table "contribution" drop constraint if exists "contribution_moderation_state_check";`);

    this.addSql(`alter table "contribution" drop constraint "contribution_merged_into_id_foreign";`);

    this.addSql(`alter table "workshop" drop constraint "workshop_active_prompt_id_foreign";`);

    this.addSql(`drop index "contribution_guest_id_index";`);
    this.addSql(`alter table "contribution" drop column "guest_id", drop column "pinned", drop column "addressed_at", drop column "edited_at", drop column "hidden_reason", drop column "merged_into_id";`);

    this.addSql(`alter table "contribution" add constraint "contribution_moderation_state_check" check("moderation_state" in ('PENDING', 'PUBLISHED', 'HIDDEN'));`);

    this.addSql(`alter table "person" drop column "password_hash";`);

    this.addSql(`alter table "workshop" drop constraint "workshop_join_code_unique";`);
    this.addSql(`alter table "workshop" drop column "moderation_mode", drop column "join_code", drop column "active_prompt_id", drop column "last_seq";`);
  }

}
