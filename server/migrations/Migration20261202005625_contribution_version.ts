import { Migration } from '@mikro-orm/migrations';

/**
 * Contributions carry a version for optimistic concurrency (an edit names the one it started
 * from). Every row starts at 1, and so do the snapshots already stored in live events, so that a
 * replayed event has the shape of a new one.
 */
export class Migration20261202005625_contribution_version extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "contribution" add column "version" int not null default 1;`);

    this.addSql(`update "stream_event" set "data" = jsonb_set("data", '{contribution,version}', '1')
      where jsonb_typeof("data" -> 'contribution') = 'object';`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "stream_event" set "data" = "data" #- '{contribution,version}'
      where jsonb_typeof("data" -> 'contribution') = 'object';`);

    this.addSql(`alter table "contribution" drop column "version";`);
  }

}
