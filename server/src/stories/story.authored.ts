import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { registerAuthored, type Authored } from '../authoring/authored.js';
import { AuthoredKind } from '../authoring/draft.entity.js';
import { Territory } from '../territories/territory.entity.js';
import { Portrait } from '../portraits/portrait.entity.js';
import { Finding } from '../findings/finding.entity.js';
import { Workshop } from '../workshops/workshop.entity.js';
import { Story, StoryKind } from './story.entity.js';
import { checkStoryDocument, type StoryDocument } from './story.checks.js';

/** Stories as authored content: a story's author edits it; its draft is a `StoryDocument`. */
export const storyAuthored: Authored<StoryDocument, Story> = {
  kind: AuthoredKind.STORY,
  typeName: 'Story',

  load: (em, id) => em.findOne(Story, id, { lockMode: LockMode.PESSIMISTIC_WRITE }),

  mayEdit: (_em, viewer, story) => Promise.resolve(viewer.kind === 'person' && story.author?.id === viewer.personId),

  async documentOf(em: EntityManager, story: Story): Promise<StoryDocument> {
    await em.populate(story, ['portraits', 'findings', 'workshops']);
    return {
      kind: story.kind,
      title: story.title,
      summary: story.summary,
      bodyMarkdown: story.bodyMarkdown,
      anonymous: !story.tellerName,
      tellerName: story.tellerName ?? '',
      tellerRole: story.tellerRole ?? '',
      consent: story.kind === StoryKind.TESTIMONY && Boolean(story.consentAt),
      territoryId: story.territory.id,
      portraitIds: story.portraits.getIdentifiers<string>(),
      findingIds: story.findings.getIdentifiers<string>(),
      workshopIds: story.workshops.getIdentifiers<string>(),
    };
  },

  validate: (doc, ctx) => checkStoryDocument(doc, ctx),

  async apply(em, story, doc) {
    // A story just created has its collections at hand; a stored one loads them to replace them.
    if (!story.portraits.isInitialized()) await story.portraits.init();
    if (!story.findings.isInitialized()) await story.findings.init();
    if (!story.workshops.isInitialized()) await story.workshops.init();
    story.kind = doc.kind;
    story.title = doc.title;
    story.summary = doc.summary;
    story.bodyMarkdown = doc.bodyMarkdown;
    story.tellerName = doc.anonymous ? undefined : doc.tellerName;
    story.tellerRole = doc.anonymous || !doc.tellerRole ? undefined : doc.tellerRole;
    // The consent's time is that of the first publication it was given for.
    story.consentAt = doc.kind === StoryKind.TESTIMONY && doc.consent ? (story.consentAt ?? new Date()) : undefined;
    story.territory = em.getReference(Territory, doc.territoryId);
    const portraits = doc.portraitIds.map((id) => em.getReference(Portrait, id));
    story.portraits.set(portraits);
    story.portrait = portraits[0];
    story.findings.set(doc.findingIds.map((id) => em.getReference(Finding, id)));
    story.workshops.set(doc.workshopIds.map((id) => em.getReference(Workshop, id)));
  },

  textsOf: (doc) => ({
    title: doc.title,
    summary: doc.summary,
    bodyMarkdown: doc.bodyMarkdown,
    teller: doc.anonymous ? '' : [doc.tellerName, doc.tellerRole].filter(Boolean).join(', '),
  }),

  titleOf: (doc) => doc.title,
  pathOf: (story) => `/stories/${story.slug}`,
};

registerAuthored(storyAuthored);
