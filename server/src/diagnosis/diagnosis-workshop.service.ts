import { LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { requireModerator } from '../shared/access.js';
import { badInput, notFound, refuse } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg } from '../shared/payload.js';
import { Workshop, WorkshopKind } from '../workshops/workshop.entity.js';
import { Diagnosis } from './diagnosis.entity.js';
import { coordinatorRefusal, seesDiagnosis } from './diagnosis.policy.js';

export const diagnosisWorkshops = {
  /**
   * Links a workshop to a diagnosis of its territory, or unlinks it (`diagnosisGlobalId` null):
   * those who run the workshop and coordinate the diagnosis (the one left, when unlinking), or admins.
   */
  async link(ctx: Context, workshopGlobalId: string, diagnosisGlobalId: string | null | undefined) {
    const workshopId = idOf('Workshop', workshopGlobalId, 'workshopId');
    const diagnosisId = diagnosisGlobalId ? idOf('Diagnosis', diagnosisGlobalId, 'diagnosisId') : null;
    const viewer = ctx.viewer;
    requireModerator(viewer, workshopId);
    if (diagnosisId) refuse(coordinatorRefusal(viewer, diagnosisId));
    await ctx.em.fork().transactional(async (em) => {
      const workshop = await em.findOne(Workshop, workshopId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!workshop) throw notFound('Workshop');
      if (workshop.kind === WorkshopKind.CONSULTATION) {
        throw badInput('A consultation belongs to its diagnosis for good.', 'workshopId');
      }
      if (workshop.diagnosis) refuse(coordinatorRefusal(viewer, workshop.diagnosis.id));
      if (!diagnosisId) {
        em.assign(workshop, { diagnosis: null });
        return;
      }
      const diagnosis = await em.findOne(Diagnosis, diagnosisId);
      if (!diagnosis || !seesDiagnosis(viewer, diagnosis)) throw notFound('Diagnosis');
      if (diagnosis.territory.id !== workshop.territory.id) {
        throw invalid(msg('WORKSHOP_DIAGNOSIS_ELSEWHERE'), 'diagnosisId');
      }
      workshop.diagnosis = diagnosis;
    });
    ctx.loaders.workshopById.clear(workshopId);
    return { workshop: await ctx.loaders.workshopById.load(workshopId) };
  },
};
