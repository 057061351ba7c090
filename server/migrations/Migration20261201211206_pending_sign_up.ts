import { Migration } from '@mikro-orm/migrations';

export class Migration20261201211206_pending_sign_up extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "pending_sign_up" ("token_hash" text not null, "email" text not null, "display_name" text not null, "password_hash" text not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, constraint "pending_sign_up_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "pending_sign_up_email_index" on "pending_sign_up" ("email");`);
    this.addSql(`create index "pending_sign_up_expires_at_index" on "pending_sign_up" ("expires_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "pending_sign_up" cascade;`);
  }

}
