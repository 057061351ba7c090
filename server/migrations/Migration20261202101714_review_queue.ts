import { Migration } from '@mikro-orm/migrations';

/**
 * A report read by a coordinator who keeps the contribution leaves the « to review » list, and
 * the moderation log says who kept it.
 */
export class Migration20261202101714_review_queue extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "contribution_report" add column "reviewed_at" timestamptz null;`);

    this.addSql(`alter table "moderation_action" drop constraint if exists "moderation_action_action_check";`);
    this.addSql(`alter table "moderation_action" add constraint "moderation_action_action_check" check("action" in ('APPROVE', 'HIDE', 'RESTORE', 'PIN', 'UNPIN', 'ADDRESS', 'MERGE', 'TAG', 'OPEN', 'PAUSE', 'CLOSE', 'SCHEDULE', 'MODE', 'PROMPT', 'KEEP'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "moderation_action" where "action" = 'KEEP';`);
    this.addSql(`alter table "moderation_action" drop constraint if exists "moderation_action_action_check";`);
    this.addSql(`alter table "moderation_action" add constraint "moderation_action_action_check" check("action" in ('APPROVE', 'HIDE', 'RESTORE', 'PIN', 'UNPIN', 'ADDRESS', 'MERGE', 'TAG', 'OPEN', 'PAUSE', 'CLOSE', 'SCHEDULE', 'MODE', 'PROMPT'));`);

    this.addSql(`alter table "contribution_report" drop column "reviewed_at";`);
  }

}
