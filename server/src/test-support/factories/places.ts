import type { Maker } from './base.js';

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
  const id = m.id();
  const slug = m.unique('territoire');
  const name = options.name ?? `Territoire ${slug}`;
  await m.knex('territory').insert({ id, slug, name, kind: 'CITY', region: 'Région de test' });
  const neighbourhoods = Array.from({ length: options.neighbourhoods ?? 1 }, () => ({
    id: m.id(),
    slug: m.unique('quartier'),
  }));
  if (neighbourhoods.length > 0) {
    await m
      .knex('neighbourhood')
      .insert(
        neighbourhoods.map((n) => ({ ...n, name: `Quartier ${n.slug}`, commune: 'Commune de test', territory_id: id })),
      );
  }
  if (options.themeIds?.length) {
    await m.knex('territory_theme').insert(options.themeIds.map((theme_id) => ({ territory_id: id, theme_id })));
  }
  return { id, slug, name, neighbourhoods };
}

/** `count` themes. */
export async function themes(m: Maker, count: number): Promise<Made[]> {
  const rows = Array.from({ length: count }, () => ({ id: m.id(), slug: m.unique('theme') }));
  if (count > 0) {
    await m.knex('theme').insert(rows.map((t) => ({ ...t, name: `Thème ${t.slug}`, name_en: `Theme ${t.slug}` })));
  }
  return rows;
}

/** An organization, of a territory if given. */
export async function organization(
  m: Maker,
  options: { territoryId?: string; kind?: string; name?: string } = {},
): Promise<Made & { name: string }> {
  const id = m.id();
  const slug = m.unique('structure');
  const name = options.name ?? `Structure ${slug}`;
  await m.knex('organization').insert({
    id,
    slug,
    name,
    kind: options.kind ?? 'ASSOCIATION',
    territory_id: options.territoryId ?? null,
  });
  return { id, slug, name };
}
