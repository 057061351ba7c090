import { Migration } from '@mikro-orm/migrations';

export class Migration20261202101611_organizations_admission extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "organization_request" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "requester_id" uuid not null, "name" text not null, "kind" text check ("kind" in ('PUBLIC_BODY', 'ASSOCIATION', 'COMPANY', 'SOCIAL_LANDLORD', 'SUPPORT_NETWORK', 'FUNDER', 'RESIDENTS_COLLECTIVE')) not null, "description" text not null default '', "website" text null, "state" text check ("state" in ('PENDING', 'ACCEPTED', 'DECLINED')) not null default 'PENDING', "note" text not null default '', "decided_by_id" uuid null, "decided_at" timestamptz null, "organization_id" uuid null, constraint "organization_request_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "organization_request_requester_id_index" on "organization_request" ("requester_id");`);

    this.addSql(
      `create table "join_request" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "person_id" uuid not null, "message" text not null default '', "state" text check ("state" in ('PENDING', 'ACCEPTED', 'DECLINED')) not null default 'PENDING', "decided_by_id" uuid null, "decided_at" timestamptz null, constraint "join_request_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "join_request_organization_id_index" on "join_request" ("organization_id");`);
    this.addSql(`create index "join_request_person_id_index" on "join_request" ("person_id");`);
    this.addSql(
      `alter table "join_request" add constraint "join_request_organization_id_person_id_unique" unique ("organization_id", "person_id");`,
    );

    this.addSql(
      `create table "organization_invitation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "token_hash" text not null, "invited_by_id" uuid not null, "email" text null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "accepted_by_id" uuid null, "revoked_at" timestamptz null, constraint "organization_invitation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "organization_invitation_organization_id_index" on "organization_invitation" ("organization_id");`,
    );
    this.addSql(
      `alter table "organization_invitation" add constraint "organization_invitation_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `alter table "organization_request" add constraint "organization_request_requester_id_foreign" foreign key ("requester_id") references "person" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "organization_request" add constraint "organization_request_decided_by_id_foreign" foreign key ("decided_by_id") references "person" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "organization_request" add constraint "organization_request_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "join_request" add constraint "join_request_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "join_request" add constraint "join_request_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "join_request" add constraint "join_request_decided_by_id_foreign" foreign key ("decided_by_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "organization_invitation" add constraint "organization_invitation_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "organization_invitation" add constraint "organization_invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "person" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "organization_invitation" add constraint "organization_invitation_accepted_by_id_foreign" foreign key ("accepted_by_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "organization" add column "contact_email" text null, add column "phone" text null, add column "postal_address" text null, add column "version" int not null default 1;`,
    );

    this.addSql(
      `alter table "membership" add column "access" text check ("access" in ('MEMBER', 'MANAGER')) not null default 'MEMBER', add column "created_at" timestamptz not null default now();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "organization_request" cascade;`);

    this.addSql(`drop table if exists "join_request" cascade;`);

    this.addSql(`drop table if exists "organization_invitation" cascade;`);

    this.addSql(`alter table "membership" drop column "access", drop column "created_at";`);

    this.addSql(
      `alter table "organization" drop column "contact_email", drop column "phone", drop column "postal_address", drop column "version";`,
    );
  }
}
