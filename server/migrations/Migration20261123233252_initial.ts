import { Migration } from '@mikro-orm/migrations';

export class Migration20261123233252_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "person" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" text not null, "display_name" text not null, "email" text null, "role" text check ("role" in ('RESIDENT', 'STAKEHOLDER', 'COORDINATOR', 'ADMIN')) not null default 'RESIDENT', "bio" text not null default '', "is_demo" boolean not null default false, constraint "person_pkey" primary key ("id"));`);
    this.addSql(`alter table "person" add constraint "person_slug_unique" unique ("slug");`);
    this.addSql(`alter table "person" add constraint "person_email_unique" unique ("email");`);

    this.addSql(`create table "territory" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" text not null, "name" text not null, "kind" text check ("kind" in ('CITY', 'INTERCOMMUNALITY', 'PROGRAMME_AREA')) not null, "region" text not null, "description" text not null default '', constraint "territory_pkey" primary key ("id"));`);
    this.addSql(`alter table "territory" add constraint "territory_slug_unique" unique ("slug");`);

    this.addSql(`create table "portrait" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" text not null, "name" text not null, "summary" text not null default '', "territory_id" uuid not null, "commune" text not null default '', "need" text not null default '', "project" text not null default '', "results" text not null default '', "stage" text check ("stage" in ('UNCLAIMED_IDEA', 'OPPORTUNITY_STUDY', 'MODELLING', 'CARRIER_FOUND', 'LAUNCHED', 'OPERATIONAL', 'SPREADING')) not null, "publication_state" text check ("publication_state" in ('DRAFT', 'PUBLISHED', 'ARCHIVED')) not null default 'DRAFT', "published_at" timestamptz null, "start_year" int null, "duration_months" int null, "budget_total" numeric(14,2) null, "website" text null, "replicated_from_id" uuid null, "is_demo" boolean not null default false, constraint "portrait_pkey" primary key ("id"));`);
    this.addSql(`alter table "portrait" add constraint "portrait_slug_unique" unique ("slug");`);
    this.addSql(`create index "portrait_territory_id_index" on "portrait" ("territory_id");`);
    this.addSql(`create index "portrait_stage_index" on "portrait" ("stage");`);
    this.addSql(`create index "portrait_replicated_from_id_index" on "portrait" ("replicated_from_id");`);

    this.addSql(`create table "story" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" text not null, "title" text not null, "kind" text check ("kind" in ('EXPERIENCE', 'TESTIMONY')) not null, "summary" text not null default '', "body_markdown" text not null, "teller_name" text null, "teller_role" text null, "territory_id" uuid not null, "portrait_id" uuid null, "publication_state" text check ("publication_state" in ('DRAFT', 'PUBLISHED', 'ARCHIVED')) not null default 'DRAFT', "published_at" timestamptz null, "is_demo" boolean not null default false, constraint "story_pkey" primary key ("id"));`);
    this.addSql(`alter table "story" add constraint "story_slug_unique" unique ("slug");`);
    this.addSql(`create index "story_territory_id_index" on "story" ("territory_id");`);
    this.addSql(`create index "story_portrait_id_index" on "story" ("portrait_id");`);
    this.addSql(`create index "story_published_at_index" on "story" ("published_at");`);

    this.addSql(`create table "stage_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "portrait_id" uuid not null, "stage" text check ("stage" in ('UNCLAIMED_IDEA', 'OPPORTUNITY_STUDY', 'MODELLING', 'CARRIER_FOUND', 'LAUNCHED', 'OPERATIONAL', 'SPREADING')) not null, "occurred_on" date not null, "precision" text check ("precision" in ('YEAR', 'MONTH', 'DAY')) not null default 'DAY', "note" text not null default '', constraint "stage_event_pkey" primary key ("id"));`);
    this.addSql(`create index "stage_event_portrait_id_index" on "stage_event" ("portrait_id");`);

    this.addSql(`create table "indicator" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "portrait_id" uuid not null, "position" int not null default 0, "label" text not null, "value" numeric(16,2) not null, "unit" text not null, "as_of" text null, "period" text null, "note" text null, constraint "indicator_pkey" primary key ("id"));`);
    this.addSql(`create index "indicator_portrait_id_index" on "indicator" ("portrait_id");`);

    this.addSql(`create table "organization" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" text not null, "name" text not null, "kind" text check ("kind" in ('PUBLIC_BODY', 'ASSOCIATION', 'COMPANY', 'SOCIAL_LANDLORD', 'SUPPORT_NETWORK', 'FUNDER', 'RESIDENTS_COLLECTIVE')) not null, "description" text not null default '', "website" text null, "commune" text null, "territory_id" uuid null, constraint "organization_pkey" primary key ("id"));`);
    this.addSql(`alter table "organization" add constraint "organization_slug_unique" unique ("slug");`);
    this.addSql(`create index "organization_territory_id_index" on "organization" ("territory_id");`);

    this.addSql(`create table "portrait_partner" ("portrait_id" uuid not null, "organization_id" uuid not null, "role" text check ("role" in ('CARRIER', 'FUNDER', 'PARTNER', 'SUPPORT')) not null, "note" text null, constraint "portrait_partner_pkey" primary key ("portrait_id", "organization_id", "role"));`);
    this.addSql(`create index "portrait_partner_organization_id_index" on "portrait_partner" ("organization_id");`);

    this.addSql(`create table "membership" ("organization_id" uuid not null, "person_id" uuid not null, "role" text not null, constraint "membership_pkey" primary key ("organization_id", "person_id"));`);
    this.addSql(`create index "membership_person_id_index" on "membership" ("person_id");`);

    this.addSql(`create table "funding_line" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "portrait_id" uuid not null, "position" int not null default 0, "source_kind" text check ("source_kind" in ('EU_ERDF', 'EU_ESF', 'EU_OTHER', 'STATE', 'REGION', 'DEPARTMENT', 'MUNICIPALITY', 'PUBLIC_BANK', 'CORPORATE_SPONSORSHIP', 'CROWDFUNDING', 'OWN_REVENUE', 'OTHER')) not null, "label" text not null, "funder_id" uuid null, "amount" numeric(14,2) null, "eu_priority_axis" text null, "period_start" text null, "period_end" text null, "note" text null, constraint "funding_line_pkey" primary key ("id"));`);
    this.addSql(`create index "funding_line_portrait_id_index" on "funding_line" ("portrait_id");`);
    this.addSql(`create index "funding_line_funder_id_index" on "funding_line" ("funder_id");`);

    this.addSql(`create table "neighbourhood" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" text not null, "name" text not null, "commune" text not null, "description" text not null default '', "territory_id" uuid not null, constraint "neighbourhood_pkey" primary key ("id"));`);
    this.addSql(`alter table "neighbourhood" add constraint "neighbourhood_slug_unique" unique ("slug");`);
    this.addSql(`create index "neighbourhood_territory_id_index" on "neighbourhood" ("territory_id");`);

    this.addSql(`create table "diagnosis" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" text not null, "territory_id" uuid not null, "title" text not null, "summary" text not null default '', "period_start" date not null, "period_end" date not null, "status" text check ("status" in ('DRAFT', 'IN_REVIEW', 'VALIDATED')) not null default 'DRAFT', "validated_at" timestamptz null, "validated_by_id" uuid null, "is_demo" boolean not null default false, constraint "diagnosis_pkey" primary key ("id"));`);
    this.addSql(`alter table "diagnosis" add constraint "diagnosis_slug_unique" unique ("slug");`);
    this.addSql(`create index "diagnosis_territory_id_index" on "diagnosis" ("territory_id");`);

    this.addSql(`create table "finding" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "diagnosis_id" uuid not null, "position" int not null default 0, "title" text not null, "statement" text not null, "priority" text check ("priority" in ('LOW', 'MEDIUM', 'HIGH')) not null default 'MEDIUM', "status" text check ("status" in ('PROPOSED', 'CONFIRMED', 'IN_PROGRESS', 'ADDRESSED')) not null default 'PROPOSED', constraint "finding_pkey" primary key ("id"));`);
    this.addSql(`create index "finding_diagnosis_id_index" on "finding" ("diagnosis_id");`);

    this.addSql(`create table "story_finding" ("story_id" uuid not null, "finding_id" uuid not null, constraint "story_finding_pkey" primary key ("story_id", "finding_id"));`);

    this.addSql(`create table "finding_neighbourhood" ("finding_id" uuid not null, "neighbourhood_id" uuid not null, constraint "finding_neighbourhood_pkey" primary key ("finding_id", "neighbourhood_id"));`);

    this.addSql(`create table "theme" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" text not null, "name" text not null, "name_en" text not null, "description" text not null default '', constraint "theme_pkey" primary key ("id"));`);
    this.addSql(`alter table "theme" add constraint "theme_slug_unique" unique ("slug");`);

    this.addSql(`create table "territory_theme" ("territory_id" uuid not null, "theme_id" uuid not null, constraint "territory_theme_pkey" primary key ("territory_id", "theme_id"));`);

    this.addSql(`create table "portrait_theme" ("portrait_id" uuid not null, "theme_id" uuid not null, constraint "portrait_theme_pkey" primary key ("portrait_id", "theme_id"));`);

    this.addSql(`create table "finding_theme" ("finding_id" uuid not null, "theme_id" uuid not null, constraint "finding_theme_pkey" primary key ("finding_id", "theme_id"));`);

    this.addSql(`create table "workshop" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" text not null, "title" text not null, "kind" text check ("kind" in ('WORKSHOP', 'MEETING', 'FORUM', 'BREAKFAST_TALK', 'SITE_VISIT')) not null, "territory_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "place" text not null default '', "status" text check ("status" in ('DRAFT', 'SCHEDULED', 'LIVE', 'PAUSED', 'CLOSED')) not null default 'DRAFT', "description" text not null default '', "participant_count" int null, "is_demo" boolean not null default false, constraint "workshop_pkey" primary key ("id"));`);
    this.addSql(`alter table "workshop" add constraint "workshop_slug_unique" unique ("slug");`);
    this.addSql(`create index "workshop_territory_id_index" on "workshop" ("territory_id");`);
    this.addSql(`create index "workshop_starts_at_index" on "workshop" ("starts_at");`);

    this.addSql(`create table "prompt" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workshop_id" uuid not null, "position" int not null, "question" text not null, constraint "prompt_pkey" primary key ("id"));`);
    this.addSql(`alter table "prompt" add constraint "prompt_workshop_id_position_unique" unique ("workshop_id", "position");`);

    this.addSql(`create table "contribution" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workshop_id" uuid not null, "prompt_id" uuid null, "parent_id" uuid null, "kind" text check ("kind" in ('NEED', 'IDEA', 'RESOURCE', 'QUESTION')) not null, "body" text not null, "author_id" uuid null, "organization_id" uuid null, "guest_name" text null, "neighbourhood_id" uuid null, "moderation_state" text check ("moderation_state" in ('PENDING', 'PUBLISHED', 'HIDDEN')) not null default 'PENDING', "vote_count" int not null default 0, constraint "contribution_pkey" primary key ("id"), constraint contribution_has_author check (author_id is not null or organization_id is not null or guest_name is not null));`);
    this.addSql(`create index "contribution_prompt_id_index" on "contribution" ("prompt_id");`);
    this.addSql(`create index "contribution_parent_id_index" on "contribution" ("parent_id");`);
    this.addSql(`create index "contribution_author_id_index" on "contribution" ("author_id");`);
    this.addSql(`create index "contribution_organization_id_index" on "contribution" ("organization_id");`);
    this.addSql(`create index "contribution_workshop_id_moderation_state_created_at_index" on "contribution" ("workshop_id", "moderation_state", "created_at");`);

    this.addSql(`create table "finding_evidence" ("finding_id" uuid not null, "contribution_id" uuid not null, "linked_at" timestamptz not null default now(), constraint "finding_evidence_pkey" primary key ("finding_id", "contribution_id"));`);
    this.addSql(`create index "finding_evidence_contribution_id_index" on "finding_evidence" ("contribution_id");`);

    this.addSql(`create table "contribution_theme" ("contribution_id" uuid not null, "theme_id" uuid not null, constraint "contribution_theme_pkey" primary key ("contribution_id", "theme_id"));`);

    this.addSql(`create table "workshop_coordinator" ("workshop_id" uuid not null, "person_id" uuid not null, constraint "workshop_coordinator_pkey" primary key ("workshop_id", "person_id"));`);

    this.addSql(`create table "workshop_neighbourhood" ("workshop_id" uuid not null, "neighbourhood_id" uuid not null, constraint "workshop_neighbourhood_pkey" primary key ("workshop_id", "neighbourhood_id"));`);

    this.addSql(`create table "workshop_theme" ("workshop_id" uuid not null, "theme_id" uuid not null, constraint "workshop_theme_pkey" primary key ("workshop_id", "theme_id"));`);

    this.addSql(`alter table "portrait" add constraint "portrait_territory_id_foreign" foreign key ("territory_id") references "territory" ("id") on update cascade;`);
    this.addSql(`alter table "portrait" add constraint "portrait_replicated_from_id_foreign" foreign key ("replicated_from_id") references "portrait" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "story" add constraint "story_territory_id_foreign" foreign key ("territory_id") references "territory" ("id") on update cascade;`);
    this.addSql(`alter table "story" add constraint "story_portrait_id_foreign" foreign key ("portrait_id") references "portrait" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "stage_event" add constraint "stage_event_portrait_id_foreign" foreign key ("portrait_id") references "portrait" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "indicator" add constraint "indicator_portrait_id_foreign" foreign key ("portrait_id") references "portrait" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "organization" add constraint "organization_territory_id_foreign" foreign key ("territory_id") references "territory" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "portrait_partner" add constraint "portrait_partner_portrait_id_foreign" foreign key ("portrait_id") references "portrait" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "portrait_partner" add constraint "portrait_partner_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "membership" add constraint "membership_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "funding_line" add constraint "funding_line_portrait_id_foreign" foreign key ("portrait_id") references "portrait" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "funding_line" add constraint "funding_line_funder_id_foreign" foreign key ("funder_id") references "organization" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "neighbourhood" add constraint "neighbourhood_territory_id_foreign" foreign key ("territory_id") references "territory" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "diagnosis" add constraint "diagnosis_territory_id_foreign" foreign key ("territory_id") references "territory" ("id") on update cascade;`);
    this.addSql(`alter table "diagnosis" add constraint "diagnosis_validated_by_id_foreign" foreign key ("validated_by_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "finding" add constraint "finding_diagnosis_id_foreign" foreign key ("diagnosis_id") references "diagnosis" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "story_finding" add constraint "story_finding_story_id_foreign" foreign key ("story_id") references "story" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "story_finding" add constraint "story_finding_finding_id_foreign" foreign key ("finding_id") references "finding" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "finding_neighbourhood" add constraint "finding_neighbourhood_finding_id_foreign" foreign key ("finding_id") references "finding" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "finding_neighbourhood" add constraint "finding_neighbourhood_neighbourhood_id_foreign" foreign key ("neighbourhood_id") references "neighbourhood" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "territory_theme" add constraint "territory_theme_territory_id_foreign" foreign key ("territory_id") references "territory" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "territory_theme" add constraint "territory_theme_theme_id_foreign" foreign key ("theme_id") references "theme" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "portrait_theme" add constraint "portrait_theme_portrait_id_foreign" foreign key ("portrait_id") references "portrait" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "portrait_theme" add constraint "portrait_theme_theme_id_foreign" foreign key ("theme_id") references "theme" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "finding_theme" add constraint "finding_theme_finding_id_foreign" foreign key ("finding_id") references "finding" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "finding_theme" add constraint "finding_theme_theme_id_foreign" foreign key ("theme_id") references "theme" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "workshop" add constraint "workshop_territory_id_foreign" foreign key ("territory_id") references "territory" ("id") on update cascade;`);

    this.addSql(`alter table "prompt" add constraint "prompt_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "contribution" add constraint "contribution_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contribution" add constraint "contribution_prompt_id_foreign" foreign key ("prompt_id") references "prompt" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "contribution" add constraint "contribution_parent_id_foreign" foreign key ("parent_id") references "contribution" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contribution" add constraint "contribution_author_id_foreign" foreign key ("author_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "contribution" add constraint "contribution_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "contribution" add constraint "contribution_neighbourhood_id_foreign" foreign key ("neighbourhood_id") references "neighbourhood" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "finding_evidence" add constraint "finding_evidence_finding_id_foreign" foreign key ("finding_id") references "finding" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "finding_evidence" add constraint "finding_evidence_contribution_id_foreign" foreign key ("contribution_id") references "contribution" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "contribution_theme" add constraint "contribution_theme_contribution_id_foreign" foreign key ("contribution_id") references "contribution" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contribution_theme" add constraint "contribution_theme_theme_id_foreign" foreign key ("theme_id") references "theme" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "workshop_coordinator" add constraint "workshop_coordinator_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "workshop_coordinator" add constraint "workshop_coordinator_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "workshop_neighbourhood" add constraint "workshop_neighbourhood_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "workshop_neighbourhood" add constraint "workshop_neighbourhood_neighbourhood_id_foreign" foreign key ("neighbourhood_id") references "neighbourhood" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "workshop_theme" add constraint "workshop_theme_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "workshop_theme" add constraint "workshop_theme_theme_id_foreign" foreign key ("theme_id") references "theme" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "membership" drop constraint "membership_person_id_foreign";`);

    this.addSql(`alter table "diagnosis" drop constraint "diagnosis_validated_by_id_foreign";`);

    this.addSql(`alter table "contribution" drop constraint "contribution_author_id_foreign";`);

    this.addSql(`alter table "workshop_coordinator" drop constraint "workshop_coordinator_person_id_foreign";`);

    this.addSql(`alter table "portrait" drop constraint "portrait_territory_id_foreign";`);

    this.addSql(`alter table "story" drop constraint "story_territory_id_foreign";`);

    this.addSql(`alter table "organization" drop constraint "organization_territory_id_foreign";`);

    this.addSql(`alter table "neighbourhood" drop constraint "neighbourhood_territory_id_foreign";`);

    this.addSql(`alter table "diagnosis" drop constraint "diagnosis_territory_id_foreign";`);

    this.addSql(`alter table "territory_theme" drop constraint "territory_theme_territory_id_foreign";`);

    this.addSql(`alter table "workshop" drop constraint "workshop_territory_id_foreign";`);

    this.addSql(`alter table "portrait" drop constraint "portrait_replicated_from_id_foreign";`);

    this.addSql(`alter table "story" drop constraint "story_portrait_id_foreign";`);

    this.addSql(`alter table "stage_event" drop constraint "stage_event_portrait_id_foreign";`);

    this.addSql(`alter table "indicator" drop constraint "indicator_portrait_id_foreign";`);

    this.addSql(`alter table "portrait_partner" drop constraint "portrait_partner_portrait_id_foreign";`);

    this.addSql(`alter table "funding_line" drop constraint "funding_line_portrait_id_foreign";`);

    this.addSql(`alter table "portrait_theme" drop constraint "portrait_theme_portrait_id_foreign";`);

    this.addSql(`alter table "story_finding" drop constraint "story_finding_story_id_foreign";`);

    this.addSql(`alter table "portrait_partner" drop constraint "portrait_partner_organization_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_organization_id_foreign";`);

    this.addSql(`alter table "funding_line" drop constraint "funding_line_funder_id_foreign";`);

    this.addSql(`alter table "contribution" drop constraint "contribution_organization_id_foreign";`);

    this.addSql(`alter table "finding_neighbourhood" drop constraint "finding_neighbourhood_neighbourhood_id_foreign";`);

    this.addSql(`alter table "contribution" drop constraint "contribution_neighbourhood_id_foreign";`);

    this.addSql(`alter table "workshop_neighbourhood" drop constraint "workshop_neighbourhood_neighbourhood_id_foreign";`);

    this.addSql(`alter table "finding" drop constraint "finding_diagnosis_id_foreign";`);

    this.addSql(`alter table "story_finding" drop constraint "story_finding_finding_id_foreign";`);

    this.addSql(`alter table "finding_neighbourhood" drop constraint "finding_neighbourhood_finding_id_foreign";`);

    this.addSql(`alter table "finding_theme" drop constraint "finding_theme_finding_id_foreign";`);

    this.addSql(`alter table "finding_evidence" drop constraint "finding_evidence_finding_id_foreign";`);

    this.addSql(`alter table "territory_theme" drop constraint "territory_theme_theme_id_foreign";`);

    this.addSql(`alter table "portrait_theme" drop constraint "portrait_theme_theme_id_foreign";`);

    this.addSql(`alter table "finding_theme" drop constraint "finding_theme_theme_id_foreign";`);

    this.addSql(`alter table "contribution_theme" drop constraint "contribution_theme_theme_id_foreign";`);

    this.addSql(`alter table "workshop_theme" drop constraint "workshop_theme_theme_id_foreign";`);

    this.addSql(`alter table "prompt" drop constraint "prompt_workshop_id_foreign";`);

    this.addSql(`alter table "contribution" drop constraint "contribution_workshop_id_foreign";`);

    this.addSql(`alter table "workshop_coordinator" drop constraint "workshop_coordinator_workshop_id_foreign";`);

    this.addSql(`alter table "workshop_neighbourhood" drop constraint "workshop_neighbourhood_workshop_id_foreign";`);

    this.addSql(`alter table "workshop_theme" drop constraint "workshop_theme_workshop_id_foreign";`);

    this.addSql(`alter table "contribution" drop constraint "contribution_prompt_id_foreign";`);

    this.addSql(`alter table "contribution" drop constraint "contribution_parent_id_foreign";`);

    this.addSql(`alter table "finding_evidence" drop constraint "finding_evidence_contribution_id_foreign";`);

    this.addSql(`alter table "contribution_theme" drop constraint "contribution_theme_contribution_id_foreign";`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "territory" cascade;`);

    this.addSql(`drop table if exists "portrait" cascade;`);

    this.addSql(`drop table if exists "story" cascade;`);

    this.addSql(`drop table if exists "stage_event" cascade;`);

    this.addSql(`drop table if exists "indicator" cascade;`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "portrait_partner" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop table if exists "funding_line" cascade;`);

    this.addSql(`drop table if exists "neighbourhood" cascade;`);

    this.addSql(`drop table if exists "diagnosis" cascade;`);

    this.addSql(`drop table if exists "finding" cascade;`);

    this.addSql(`drop table if exists "story_finding" cascade;`);

    this.addSql(`drop table if exists "finding_neighbourhood" cascade;`);

    this.addSql(`drop table if exists "theme" cascade;`);

    this.addSql(`drop table if exists "territory_theme" cascade;`);

    this.addSql(`drop table if exists "portrait_theme" cascade;`);

    this.addSql(`drop table if exists "finding_theme" cascade;`);

    this.addSql(`drop table if exists "workshop" cascade;`);

    this.addSql(`drop table if exists "prompt" cascade;`);

    this.addSql(`drop table if exists "contribution" cascade;`);

    this.addSql(`drop table if exists "finding_evidence" cascade;`);

    this.addSql(`drop table if exists "contribution_theme" cascade;`);

    this.addSql(`drop table if exists "workshop_coordinator" cascade;`);

    this.addSql(`drop table if exists "workshop_neighbourhood" cascade;`);

    this.addSql(`drop table if exists "workshop_theme" cascade;`);
  }

}
