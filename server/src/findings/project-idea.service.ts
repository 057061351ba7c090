import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { refuse } from '../shared/errors.js';
import { invalid, msg } from '../shared/payload.js';
import { PublicationState } from '../shared/publication.js';
import { writeInDiagnosis } from '../diagnosis/diagnosis.writer.js';
import { Portrait, PortraitStage } from '../portraits/portrait.entity.js';
import { titleLimits } from './finding.policy.js';
import { factsOf, managedFinding, visibleFinding } from './finding-target.service.js';
import { spawnRefusal } from './project-idea.policy.js';

/** An address-safe form of a title: lower case, no accents, words joined by hyphens. */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'idee';
}

/** The title's slug, or, when a portrait has it already, the same with part of the new id. */
async function freeSlug(em: EntityManager, title: string, id: string): Promise<string> {
  const base = `idee-${slugOf(title)}`;
  return (await em.count(Portrait, { slug: base })) === 0 ? base : `${base}-${id.slice(0, 8)}`;
}

export const projectIdeaService = {
  /**
   * A retained finding gives rise to a project idea: a published portrait at stage "unclaimed
   * idea" in the diagnosis's territory, answering the finding, demo content if the diagnosis is.
   */
  async spawn(ctx: Context, globalFindingId: string, title?: string | null) {
    const target = await visibleFinding(ctx, globalFindingId);
    const id = await writeInDiagnosis(ctx, target.diagnosisId, async ({ em, diagnosis }) => {
      const finding = await managedFinding(em, target.id);
      refuse(spawnRefusal(ctx.viewer, diagnosis, factsOf(finding)));
      const name = (title?.trim() ? title : finding.title).replace(/\s+/g, ' ').trim();
      if (name.length < titleLimits.min || name.length > titleLimits.max) {
        throw invalid(msg('FINDING_TITLE_LENGTH', titleLimits), 'title');
      }
      const id = randomUUID();
      const portrait = em.create(Portrait, {
        id,
        slug: await freeSlug(em, name, id),
        name,
        summary: '',
        territory: diagnosis.territory,
        commune: '',
        need: finding.statement,
        project: '',
        results: '',
        stage: PortraitStage.UNCLAIMED_IDEA,
        publicationState: PublicationState.PUBLISHED,
        publishedAt: new Date(),
        isDemo: diagnosis.isDemo,
      });
      portrait.answers.add(finding);
      return portrait.id;
    });
    return { portrait: await ctx.loaders.portraitById.load(id) };
  },
};
