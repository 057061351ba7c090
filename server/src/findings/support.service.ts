import type { Context } from '../shared/context.js';
import { refuse } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { writeInDiagnosis } from '../diagnosis/diagnosis.writer.js';
import { DiagnosisEventType } from '../diagnosis/diagnosis-event.type.js';
import { Membership } from '../organizations/organization.entity.js';
import { FindingSupport } from './finding.entity.js';
import { findingEventData } from './finding.events.js';
import { factsOf, managedFinding, reload, visibleFinding } from './finding-target.service.js';
import { coSignRefusal, supportRefusal } from './support.policy.js';

export const supportService = {
  /** "Je partage ce constat", for oneself or, as a member allowed to, on an organization's behalf. */
  async support(ctx: Context, globalFindingId: string, globalOrganizationId?: string | null) {
    const target = await visibleFinding(ctx, globalFindingId);
    const organizationId = globalOrganizationId ? idOf('Organization', globalOrganizationId, 'organizationId') : null;
    await writeInDiagnosis(ctx, target.diagnosisId, async ({ em, diagnosis, emit }) => {
      const finding = await managedFinding(em, target.id);
      refuse(supportRefusal(ctx.viewer, diagnosis, factsOf(finding)));
      const personId = ctx.viewer.kind === 'person' ? ctx.viewer.personId : '';
      if (organizationId) {
        const membership = await em.findOne(
          Membership,
          { person: personId, organization: organizationId },
          {
            populate: ['organization'],
          },
        );
        refuse(
          coSignRefusal({
            member: membership !== null,
            membersMayCoSign: membership?.organization.membersMayCoSign ?? false,
          }),
        );
      }
      // One statement, and the primary key (finding, person) decides: however many supports one
      // person sends at once, and whatever lock their callers hold, they count once; a second
      // one only changes the organization co-signed for.
      await em.execute(
        `insert into finding_support (finding_id, person_id, organization_id, created_at) values (?, ?, ?, now())
         on conflict (finding_id, person_id) do update set organization_id = excluded.organization_id`,
        [target.id, personId, organizationId],
      );
      emit(DiagnosisEventType.FINDING_SUPPORTED, (knex) => findingEventData(knex, target.id));
    });
    return reload(ctx, target.id);
  },

  async withdraw(ctx: Context, globalFindingId: string) {
    const target = await visibleFinding(ctx, globalFindingId);
    await writeInDiagnosis(ctx, target.diagnosisId, async ({ em, diagnosis, emit }) => {
      const finding = await managedFinding(em, target.id);
      refuse(supportRefusal(ctx.viewer, diagnosis, factsOf(finding)));
      const personId = ctx.viewer.kind === 'person' ? ctx.viewer.personId : '';
      const removed = await em.nativeDelete(FindingSupport, { finding: target.id, person: personId });
      if (removed > 0) emit(DiagnosisEventType.FINDING_SUPPORTED, (knex) => findingEventData(knex, target.id));
    });
    return reload(ctx, target.id);
  },
};
