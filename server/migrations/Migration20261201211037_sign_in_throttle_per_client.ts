import { Migration } from '@mikro-orm/migrations';

export class Migration20261201211037_sign_in_throttle_per_client extends Migration {

  override async up(): Promise<void> {
    // Rows were keyed by email alone; keys now name an email with a client, or a client: the old
    // counts mean nothing any more.
    this.addSql(`delete from "sign_in_throttle";`);
    this.addSql(`alter table "sign_in_throttle" drop constraint "sign_in_throttle_pkey";`);

    this.addSql(`alter table "sign_in_throttle" rename column "email_hash" to "key";`);
    this.addSql(`alter table "sign_in_throttle" rename column "failures" to "attempts";`);
    this.addSql(`create index "sign_in_throttle_updated_at_index" on "sign_in_throttle" ("updated_at");`);
    this.addSql(`alter table "sign_in_throttle" add constraint "sign_in_throttle_pkey" primary key ("key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "sign_in_throttle";`);
    this.addSql(`drop index "sign_in_throttle_updated_at_index";`);
    this.addSql(`alter table "sign_in_throttle" drop constraint "sign_in_throttle_pkey";`);

    this.addSql(`alter table "sign_in_throttle" rename column "key" to "email_hash";`);
    this.addSql(`alter table "sign_in_throttle" rename column "attempts" to "failures";`);
    this.addSql(`alter table "sign_in_throttle" add constraint "sign_in_throttle_pkey" primary key ("email_hash");`);
  }

}
