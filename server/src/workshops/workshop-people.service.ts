import type { Context } from '../shared/context.js';
import { canModerate } from '../shared/viewer.js';
import { PlatformRole } from '../people/person.entity.js';
import { personColumns, type PersonType } from '../people/person.type.js';

/** People one may make a co-coordinator of the workshop, by part of their name: its coordinators ask. */
export async function coordinatorCandidates(ctx: Context, workshopId: string, search: string): Promise<PersonType[]> {
  const text = search
    // eslint-disable-next-line no-control-regex -- control characters are no part of a name
    .replace(/[\u0000-\u001f]/g, '')
    .trim()
    .slice(0, 100);
  if (!canModerate(ctx.viewer, workshopId) || text.length < 2) return [];
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return (await ctx
    .knex('person as p')
    .select(personColumns('p'))
    .whereIn('p.role', [PlatformRole.COORDINATOR, PlatformRole.ADMIN])
    .whereILike('p.display_name', pattern)
    .whereNotExists(
      ctx.knex('workshop_coordinator as wc').whereRaw('wc.person_id = p.id').where('wc.workshop_id', workshopId),
    )
    .orderBy('p.display_name')
    .limit(20)) as PersonType[];
}
