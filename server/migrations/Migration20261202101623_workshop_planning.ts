import { Migration } from '@mikro-orm/migrations';

export class Migration20261202101623_workshop_planning extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "workshop_registration" ("workshop_id" uuid not null, "person_id" uuid not null, "created_at" timestamptz not null default now(), constraint "workshop_registration_pkey" primary key ("workshop_id", "person_id"));`);
    this.addSql(`create index "workshop_registration_person_id_index" on "workshop_registration" ("person_id");`);

    this.addSql(`alter table "workshop_registration" add constraint "workshop_registration_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "workshop_registration" add constraint "workshop_registration_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "workshop" add column "date_precision" text check ("date_precision" in ('DAY_TIME', 'DAY', 'MONTH', 'YEAR')) not null default 'DAY_TIME', add column "participant_cap" int null, add column "plan_version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "workshop_registration" cascade;`);

    this.addSql(`alter table "workshop" drop column "date_precision", drop column "participant_cap", drop column "plan_version";`);
  }

}
