import { Organization, type OrganizationKind } from '../../organizations/organization.entity.js';
import { Neighbourhood, Territory, TerritoryKind, Theme } from '../../territories/territory.entity.js';
import { build, type Maker } from './base.js';

export interface Made {
  id: string;
  slug: string;
}

export interface MadeTerritory extends Made {
  name: string;
  neighbourhoods: Made[];
}

/** A territory with `neighbourhoods` neighbourhoods (1 by default) and, if given, its themes. */
export async function territory(
  m: Maker,
  options: { name?: string; neighbourhoods?: number; themeIds?: string[] } = {},
): Promise<MadeTerritory> {
  const em = m.em();
  const id = m.id();
  const slug = m.unique('territoire');
  const name = options.name ?? `Territoire ${slug}`;
  build(em, Territory, {
    id,
    slug,
    name,
    kind: TerritoryKind.CITY,
    region: 'Région de test',
    themes: options.themeIds,
  });
  const neighbourhoods = Array.from({ length: options.neighbourhoods ?? 1 }, () => ({
    id: m.id(),
    slug: m.unique('quartier'),
  }));
  for (const n of neighbourhoods) {
    build(em, Neighbourhood, { ...n, name: `Quartier ${n.slug}`, commune: 'Commune de test', territory: id });
  }
  await em.flush();
  return { id, slug, name, neighbourhoods };
}

/** `count` themes. */
export async function themes(m: Maker, count: number): Promise<Made[]> {
  const em = m.em();
  const made = Array.from({ length: count }, () => ({ id: m.id(), slug: m.unique('theme') }));
  for (const t of made) build(em, Theme, { ...t, name: `Thème ${t.slug}`, nameEn: `Theme ${t.slug}` });
  await em.flush();
  return made;
}

/** An organization, of a territory if given. */
export async function organization(
  m: Maker,
  options: { territoryId?: string; kind?: string; name?: string } = {},
): Promise<Made & { name: string }> {
  const em = m.em();
  const id = m.id();
  const slug = m.unique('structure');
  const name = options.name ?? `Structure ${slug}`;
  build(em, Organization, {
    id,
    slug,
    name,
    kind: (options.kind ?? 'ASSOCIATION') as OrganizationKind,
    territory: options.territoryId,
  });
  await em.flush();
  return { id, slug, name };
}
