import { Migration } from '@mikro-orm/migrations';

/**
 * The shared diagnosis becomes something people build: periods in its address, territory
 * coordinators, logged transitions, a consultation workshop, findings with kinds, versions,
 * revisions, suggestions, supports, co-signatures and comments, and the portraits that answer
 * them. Diagnoses and findings already stored keep their content: "in review" is now
 * "consultation", findings agreed upon in any way are "retained", and each finding gets its
 * first revision, so that every history starts with its text.
 */
export class Migration20261202042421_co_built_diagnosis extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "portrait_finding" ("portrait_id" uuid not null, "finding_id" uuid not null, constraint "portrait_finding_pkey" primary key ("portrait_id", "finding_id"));`,
    );

    this.addSql(
      `create table "finding_support" ("finding_id" uuid not null, "person_id" uuid not null, "organization_id" uuid null, "created_at" timestamptz not null default now(), constraint "finding_support_pkey" primary key ("finding_id", "person_id"));`,
    );
    this.addSql(`create index "finding_support_person_id_index" on "finding_support" ("person_id");`);
    this.addSql(`create index "finding_support_organization_id_index" on "finding_support" ("organization_id");`);

    this.addSql(
      `create table "finding_suggestion" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "finding_id" uuid not null, "author_id" uuid not null, "base_version" int not null, "title" text not null, "statement" text not null, "note" text not null default '', "state" text check ("state" in ('PENDING', 'ACCEPTED', 'DECLINED')) not null default 'PENDING', "reviewed_by_id" uuid null, "reviewed_at" timestamptz null, "review_note" text not null default '', constraint "finding_suggestion_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "finding_suggestion_finding_id_index" on "finding_suggestion" ("finding_id");`);
    this.addSql(`create index "finding_suggestion_author_id_index" on "finding_suggestion" ("author_id");`);

    this.addSql(
      `create table "finding_revision" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "finding_id" uuid not null, "number" int not null, "author_id" uuid null, "change" text check ("change" in ('CREATED', 'EDITED', 'STATUS_CHANGED', 'MERGED', 'RESTORED', 'SUGGESTION_ACCEPTED')) not null, "before" jsonb null, "after" jsonb not null, "note" text not null default '', constraint "finding_revision_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "finding_revision" add constraint "finding_revision_finding_id_number_unique" unique ("finding_id", "number");`,
    );

    this.addSql(
      `create table "finding_comment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "finding_id" uuid not null, "author_id" uuid not null, "body" text not null, "hidden" boolean not null default false, constraint "finding_comment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "finding_comment_finding_id_index" on "finding_comment" ("finding_id");`);

    this.addSql(
      `create table "diagnosis_transition" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "diagnosis_id" uuid not null, "actor_id" uuid null, "from_status" text check ("from_status" in ('DRAFT', 'CONSULTATION', 'VALIDATED', 'ARCHIVED')) not null, "to_status" text check ("to_status" in ('DRAFT', 'CONSULTATION', 'VALIDATED', 'ARCHIVED')) not null, "reason" text not null default '', constraint "diagnosis_transition_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "diagnosis_transition_diagnosis_id_index" on "diagnosis_transition" ("diagnosis_id");`);

    this.addSql(
      `create table "diagnosis_coordinator" ("diagnosis_id" uuid not null, "person_id" uuid not null, constraint "diagnosis_coordinator_pkey" primary key ("diagnosis_id", "person_id"));`,
    );

    this.addSql(
      `alter table "portrait_finding" add constraint "portrait_finding_portrait_id_foreign" foreign key ("portrait_id") references "portrait" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "portrait_finding" add constraint "portrait_finding_finding_id_foreign" foreign key ("finding_id") references "finding" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "finding_support" add constraint "finding_support_finding_id_foreign" foreign key ("finding_id") references "finding" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "finding_support" add constraint "finding_support_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "finding_support" add constraint "finding_support_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "finding_suggestion" add constraint "finding_suggestion_finding_id_foreign" foreign key ("finding_id") references "finding" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "finding_suggestion" add constraint "finding_suggestion_author_id_foreign" foreign key ("author_id") references "person" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "finding_suggestion" add constraint "finding_suggestion_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "finding_revision" add constraint "finding_revision_finding_id_foreign" foreign key ("finding_id") references "finding" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "finding_revision" add constraint "finding_revision_author_id_foreign" foreign key ("author_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "finding_comment" add constraint "finding_comment_finding_id_foreign" foreign key ("finding_id") references "finding" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "finding_comment" add constraint "finding_comment_author_id_foreign" foreign key ("author_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "diagnosis_transition" add constraint "diagnosis_transition_diagnosis_id_foreign" foreign key ("diagnosis_id") references "diagnosis" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "diagnosis_transition" add constraint "diagnosis_transition_actor_id_foreign" foreign key ("actor_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "diagnosis_coordinator" add constraint "diagnosis_coordinator_diagnosis_id_foreign" foreign key ("diagnosis_id") references "diagnosis" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "diagnosis_coordinator" add constraint "diagnosis_coordinator_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "workshop" drop constraint if exists "workshop_kind_check";`);

    this.addSql(`alter table "diagnosis" drop constraint if exists "diagnosis_status_check";`);

    this.addSql(`alter table "finding" drop constraint if exists "finding_status_check";`);

    this.addSql(`alter table "organization" add column "members_may_co_sign" boolean not null default false;`);

    this.addSql(`alter table "workshop" add column "diagnosis_id" uuid null;`);
    this.addSql(
      `alter table "workshop" add constraint "workshop_diagnosis_id_foreign" foreign key ("diagnosis_id") references "diagnosis" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "workshop" add constraint "workshop_kind_check" check("kind" in ('WORKSHOP', 'MEETING', 'FORUM', 'BREAKFAST_TALK', 'SITE_VISIT', 'CONSULTATION'));`,
    );
    this.addSql(`create index "workshop_diagnosis_id_index" on "workshop" ("diagnosis_id");`);

    this.addSql(`alter table "diagnosis" add column "period" text null, add column "consultation_id" uuid null;`);
    this.addSql(`update "diagnosis" set "period" = case
      when extract(year from "period_start") = extract(year from "period_end") then extract(year from "period_start")::text
      else extract(year from "period_start")::text || '-' || extract(year from "period_end")::text end,
      "status" = case "status" when 'IN_REVIEW' then 'CONSULTATION' else "status" end;`);
    this.addSql(`alter table "diagnosis" alter column "period" set not null;`);
    this.addSql(
      `alter table "diagnosis" add constraint "diagnosis_consultation_id_foreign" foreign key ("consultation_id") references "workshop" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "diagnosis" add constraint "diagnosis_status_check" check("status" in ('DRAFT', 'CONSULTATION', 'VALIDATED', 'ARCHIVED'));`,
    );
    this.addSql(
      `alter table "diagnosis" add constraint "diagnosis_consultation_id_unique" unique ("consultation_id");`,
    );
    this.addSql(
      `alter table "diagnosis" add constraint "diagnosis_territory_id_period_unique" unique ("territory_id", "period");`,
    );

    this.addSql(
      `alter table "finding" add column "kind" text check ("kind" in ('UNMET_NEED', 'ASSET', 'OPPORTUNITY')) not null default 'UNMET_NEED', add column "merged_into_id" uuid null, add column "proposed_by_id" uuid null, add column "awaiting_review" boolean not null default false, add column "version" int not null default 1;`,
    );
    this.addSql(
      `alter table "finding" add constraint "finding_merged_into_id_foreign" foreign key ("merged_into_id") references "finding" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "finding" add constraint "finding_proposed_by_id_foreign" foreign key ("proposed_by_id") references "person" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `update "finding" set "status" = 'RETAINED' where "status" in ('CONFIRMED', 'IN_PROGRESS', 'ADDRESSED');`,
    );
    this.addSql(
      `alter table "finding" add constraint "finding_status_check" check("status" in ('PROPOSED', 'RETAINED', 'SET_ASIDE', 'MERGED'));`,
    );
    this
      .addSql(`insert into "finding_revision" ("id", "finding_id", "number", "change", "after", "created_at", "updated_at")
      select gen_random_uuid(), f."id", 1, 'CREATED', jsonb_build_object(
        'kind', f."kind", 'title', f."title", 'statement', f."statement", 'priority', f."priority", 'status', f."status",
        'themeIds', coalesce((select jsonb_agg(ft."theme_id" order by ft."theme_id") from "finding_theme" ft where ft."finding_id" = f."id"), '[]'::jsonb),
        'neighbourhoodIds', coalesce((select jsonb_agg(fn."neighbourhood_id" order by fn."neighbourhood_id") from "finding_neighbourhood" fn where fn."finding_id" = f."id"), '[]'::jsonb),
        'mergedIntoId', null), f."created_at", f."created_at"
      from "finding" f;`);
    this.addSql(`create index "finding_proposed_by_id_index" on "finding" ("proposed_by_id");`);

    this.addSql(`alter table "finding_evidence" add column "attached_by_id" uuid null;`);
    this.addSql(
      `alter table "finding_evidence" add constraint "finding_evidence_attached_by_id_foreign" foreign key ("attached_by_id") references "person" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "portrait_finding" cascade;`);

    this.addSql(`drop table if exists "finding_support" cascade;`);

    this.addSql(`drop table if exists "finding_suggestion" cascade;`);

    this.addSql(`drop table if exists "finding_revision" cascade;`);

    this.addSql(`drop table if exists "finding_comment" cascade;`);

    this.addSql(`drop table if exists "diagnosis_transition" cascade;`);

    this.addSql(`drop table if exists "diagnosis_coordinator" cascade;`);

    this.addSql(`alter table "diagnosis" drop constraint if exists "diagnosis_status_check";`);

    this.addSql(`alter table "diagnosis" drop constraint "diagnosis_consultation_id_foreign";`);

    this.addSql(`alter table "finding" drop constraint if exists "finding_status_check";`);

    this.addSql(`alter table "finding" drop constraint "finding_merged_into_id_foreign";`);
    this.addSql(`alter table "finding" drop constraint "finding_proposed_by_id_foreign";`);

    this.addSql(`alter table "finding_evidence" drop constraint "finding_evidence_attached_by_id_foreign";`);

    this.addSql(`alter table "workshop" drop constraint if exists "workshop_kind_check";`);

    this.addSql(`alter table "workshop" drop constraint "workshop_diagnosis_id_foreign";`);

    this.addSql(`alter table "diagnosis" drop constraint "diagnosis_consultation_id_unique";`);
    this.addSql(`alter table "diagnosis" drop constraint "diagnosis_territory_id_period_unique";`);
    this.addSql(`alter table "diagnosis" drop column "period", drop column "consultation_id";`);

    this.addSql(
      `update "diagnosis" set "status" = case "status" when 'CONSULTATION' then 'IN_REVIEW' when 'ARCHIVED' then 'VALIDATED' else "status" end;`,
    );
    this.addSql(
      `alter table "diagnosis" add constraint "diagnosis_status_check" check("status" in ('DRAFT', 'IN_REVIEW', 'VALIDATED'));`,
    );

    this.addSql(`drop index "finding_proposed_by_id_index";`);
    this.addSql(
      `alter table "finding" drop column "kind", drop column "merged_into_id", drop column "proposed_by_id", drop column "awaiting_review", drop column "version";`,
    );

    this.addSql(
      `update "finding" set "status" = case when "status" = 'RETAINED' then 'CONFIRMED' else 'PROPOSED' end;`,
    );
    this.addSql(
      `alter table "finding" add constraint "finding_status_check" check("status" in ('PROPOSED', 'CONFIRMED', 'IN_PROGRESS', 'ADDRESSED'));`,
    );

    this.addSql(`alter table "finding_evidence" drop column "attached_by_id";`);

    this.addSql(`alter table "organization" drop column "members_may_co_sign";`);

    this.addSql(`drop index "workshop_diagnosis_id_index";`);
    this.addSql(`alter table "workshop" drop column "diagnosis_id";`);

    this.addSql(`delete from "workshop" where "kind" = 'CONSULTATION';`);
    this.addSql(
      `alter table "workshop" add constraint "workshop_kind_check" check("kind" in ('WORKSHOP', 'MEETING', 'FORUM', 'BREAKFAST_TALK', 'SITE_VISIT'));`,
    );
  }
}
