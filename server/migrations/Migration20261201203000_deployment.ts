import { Migration } from '@mikro-orm/migrations';

export class Migration20261201203000_deployment extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "deployment" ("singleton" boolean not null default true, "instance_id" text not null, "created_at" timestamptz not null default now(), constraint "deployment_pkey" primary key ("singleton"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "deployment" cascade;`);
  }

}
