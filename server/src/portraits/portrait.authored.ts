import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { registerAuthored, type Authored } from '../authoring/authored.js';
import { AuthoredKind } from '../authoring/draft.entity.js';
import { markImagesPublic } from '../media/image.service.js';
import { InvalidInput } from '../shared/payload.js';
import { carrierOrganizationsSql } from '../shared/visibility.js';
import { Portrait } from './portrait.entity.js';
import { portraitTexts, type PortraitDocument } from './portrait.document.js';
import { applyDocument, documentOf } from './portrait.edition.js';
import { applyImages, imagesOf } from './portrait-image.edition.js';
import { documentProblems } from './portrait.validation.js';

/**
 * Whether the person belongs to an organization carrying the portrait, in its published edition
 * or in its draft: who claims an idea edits it before it is published.
 */
export async function isCarrierMember(em: EntityManager, personId: string, portraitId: string): Promise<boolean> {
  const [row] = await em.execute<{ yes: boolean }[]>(
    `select exists (
       select 1 from membership m where m.person_id = ? and m.organization_id in (${carrierOrganizationsSql('?::uuid')})
     ) as yes`,
    [personId, portraitId, portraitId],
  );
  return row?.yes ?? false;
}

/** The portrait's part in the authoring core: its document, checks and publication. */
export const portraitAuthored: Authored<PortraitDocument, Portrait> = {
  kind: AuthoredKind.PORTRAIT,
  typeName: 'Portrait',
  load: (em, id) => em.findOne(Portrait, id, { lockMode: LockMode.PESSIMISTIC_WRITE }),
  mayEdit: (em, viewer, portrait) =>
    viewer.kind === 'person' ? isCarrierMember(em, viewer.personId, portrait.id) : Promise.resolve(false),
  documentOf: async (em, portrait) => ({ ...(await documentOf(em, portrait)), images: await imagesOf(em, portrait) }),
  /**
   * The checks that need no database: the core runs this inside its transaction, where a query
   * on another connection would wait for this one. What the document points at is checked by the
   * editor's service before the save (`referenceProblems`).
   */
  validate(doc) {
    const problems = documentProblems(doc);
    if (problems.length > 0) throw new InvalidInput(problems);
  },
  async apply(em, portrait, doc) {
    await applyDocument(em, portrait, doc);
    await applyImages(em, portrait, doc.images);
    await markImagesPublic(
      em,
      doc.images.map((i) => i.imageId),
    );
  },
  textsOf: portraitTexts,
  titleOf: (doc) => doc.name,
  pathOf: (portrait) => `/portraits/${portrait.slug}`,
};

registerAuthored(portraitAuthored);
