import type { MikroORM } from '@mikro-orm/postgresql';
import { Finding } from '../../findings/finding.entity.js';
import { Membership } from '../../organizations/organization.entity.js';
import { Portrait } from '../../portraits/portrait.entity.js';
import type { Factories } from './index.js';

/**
 * What the portrait editor's tests share: a portrait with every part the editor writes (an EU
 * line with an axis, a line of unknown amount, a funder named only in its label, dated stages,
 * lineage, answers), its carrier organization and a member of it.
 */
export async function editablePortrait(
  orm: MikroORM,
  make: Factories,
  options: { state?: 'PUBLISHED' | 'DRAFT' } = {},
) {
  const territory = await make.territory();
  const themes = await make.themes(2);
  const carrier = await make.organization({ territoryId: territory.id, name: 'Atelier Solidaire' });
  const funder = await make.organization({ kind: 'FUNDER', name: 'Fondation Lumière' });
  const member = await make.person({ role: 'STAKEHOLDER', password: 'quartierlab-test' });
  await addMember(orm, carrier.id, member.id);
  const diagnosis = await make.diagnosis(territory.id, { findings: 2 });
  const origin = await make.portrait({ territoryId: territory.id, name: 'Projet d’origine' });
  const portrait = await make.portrait({
    territoryId: territory.id,
    name: 'Recyclerie du quartier',
    state: options.state ?? 'PUBLISHED',
    stage: 'LAUNCHED',
    startYear: 2019,
    durationMonths: 36,
    commune: 'Roubaix',
    themeIds: themes.map((t) => t.id),
    replicatedFromId: origin.id,
    indicators: [
      { label: 'Tonnes réemployées', value: 12.5, unit: 't' },
      { label: 'Emplois créés', value: 4, unit: 'emplois' },
    ],
    fundingLines: [
      { sourceKind: 'EU_ERDF', amount: 60000, euPriorityAxis: '8a' },
      { sourceKind: 'REGION', amount: 20000, funderId: funder.id },
      { sourceKind: 'MUNICIPALITY', amount: 20000 },
    ],
    partners: [
      { organizationId: carrier.id, role: 'CARRIER' },
      { organizationId: funder.id, role: 'FUNDER' },
    ],
    stages: [
      { stage: 'CARRIER_FOUND', on: '2018-09-01' },
      { stage: 'LAUNCHED', on: '2019-01-01' },
    ],
  });
  const em = orm.em.fork();
  const managed = await em.findOneOrFail(Portrait, portrait.id, { populate: ['answers'] });
  managed.answers.add(em.getReference(Finding, diagnosis.findingIds[0]!));
  await em.flush();
  return { territory, themes, carrier, funder, member, diagnosis, origin, portrait };
}

/** `personId` becomes a member of the organization. */
export async function addMember(orm: MikroORM, organizationId: string, personId: string, role = 'membre') {
  const em = orm.em.fork();
  em.create(Membership, { organization: organizationId, person: personId, role });
  await em.flush();
}
