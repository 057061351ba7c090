import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous } from '../src/shared/viewer.js';
import { STORY_FIELDS, STORY_OPS, storyInput, storyStep } from '../src/test-support/factories/authoring.js';
import { openLive, type Live } from './support-live.js';

/**
 * The review workflow of authored content, on stories: draft → submitted → changes requested →
 * edited → submitted → published; a published story edited by its author goes back to review
 * while its published text stays public; withdrawal; restoring a revision; and two writers on
 * one version, the second told what the first saved, nothing lost.
 */

let live: Live;
const run: Live['api']['run'] = (...args) => live.api.run(...args);
const BY_SLUG = `query($slug: String!) { story(slug: $slug) { ${STORY_FIELDS} } }`;
const HISTORY = `query($slug: String!) { story(slug: $slug) { authoring { revisions(first: 20) { nodes {
  id number action authorName note changes { field before after diff { kind text } } } } } } }`;

beforeAll(async () => {
  live = await openLive();
});
afterAll(async () => {
  await live?.close();
});

const author = () => live.viewers.resident;
const coordinator = () => live.viewers.coordinator;

async function publicStory(slug: string) {
  const result = await run(BY_SLUG, { slug }, anonymous);
  return result.data?.story ?? null;
}

describe('a story through review', () => {
  it('goes from draft to published through a request for changes', async () => {
    const created = await storyStep(run, 'create', { input: storyInput(live.territoryId) }, author());
    const { story } = created;
    expect(story.slug).toBe('le-jardin-partage-de-la-rue-des-tilleuls');
    expect(story.publicationState).toBe('DRAFT');
    expect(story.authoring).toMatchObject({ reviewState: 'DRAFT', viewerCanSubmit: true, viewerCanPublish: false });
    expect(await publicStory(story.slug)).toBeNull();

    const submitted = await storyStep(run, 'submit', { id: story.id, v: story.authoring.editVersion }, author());
    expect(submitted.story.authoring.reviewState).toBe('SUBMITTED');

    // The coordinator sees it waiting and asks for a change.
    const queue = await run(
      `{ draftsToReview(first: 50) { nodes { subjectId title path reviewState editVersion authorName } } }`,
      {},
      coordinator(),
    );
    expect(queue.data?.draftsToReview.nodes).toContainEqual(
      expect.objectContaining({
        subjectId: story.id,
        path: `/stories/${story.slug}`,
        reviewState: 'SUBMITTED',
        editVersion: submitted.story.authoring.editVersion,
        authorName: expect.any(String),
      }),
    );
    const asked = await run(
      STORY_OPS.requestChanges,
      {
        input: {
          id: story.id,
          expectedVersion: submitted.story.authoring.editVersion,
          note: 'Précisez l’année du jardin.',
        },
      },
      coordinator(),
    );
    expect(asked.data?.requestChanges.userErrors).toEqual([]);
    expect(asked.data?.requestChanges.draft.reviewState).toBe('CHANGES_REQUESTED');

    // The author reads the note on the story and in their list.
    const mine = await run(`{ myDrafts { nodes { subjectId reviewState reviewerNote } } }`, {}, author());
    expect(mine.data?.myDrafts.nodes).toContainEqual({
      subjectId: story.id,
      reviewState: 'CHANGES_REQUESTED',
      reviewerNote: 'Précisez l’année du jardin.',
    });
    const seen = (await run(BY_SLUG, { slug: story.slug }, author())).data?.story;
    expect(seen.authoring.reviewerNote).toBe('Précisez l’année du jardin.');

    const edited = await storyStep(
      run,
      'update',
      {
        input: {
          ...storyInput(live.territoryId, { bodyMarkdown: `${story.bodyMarkdown} C’était en 2019.` }),
          id: story.id,
          expectedVersion: seen.authoring.editVersion,
        },
      },
      author(),
    );
    expect(edited.story.authoring.reviewState).toBe('CHANGES_REQUESTED');
    const again = await storyStep(run, 'submit', { id: story.id, v: edited.story.authoring.editVersion }, author());
    const published = await storyStep(
      run,
      'publish',
      { id: story.id, v: again.story.authoring.editVersion },
      coordinator(),
    );
    expect(published.story.publicationState).toBe('PUBLISHED');
    expect(published.story.publishedAt).toBeTruthy();
    expect(published.story.authoring.reviewState).toBe('PUBLISHED');
    expect(published.story.authoring.reviewerNote).toBeNull();

    const visitor = await publicStory(story.slug);
    expect(visitor.bodyMarkdown).toContain('C’était en 2019.');
    expect(visitor.authoring).toBeNull();
    expect(visitor.draft).toBeNull();

    // The history records every move with its author, and the body's words added.
    const history = (await run(HISTORY, { slug: story.slug }, author())).data?.story.authoring.revisions.nodes;
    expect(history.map((r: any) => r.action)).toEqual([
      'PUBLISHED',
      'SUBMITTED',
      'SAVED',
      'CHANGES_REQUESTED',
      'SUBMITTED',
      'CREATED',
    ]);
    const saved = history.find((r: any) => r.action === 'SAVED');
    expect(history.find((r: any) => r.action === 'CREATED').authorName).toEqual(expect.any(String));
    expect(history.find((r: any) => r.action === 'CHANGES_REQUESTED').authorName).toEqual(expect.any(String));
    expect(saved.changes).toHaveLength(1);
    expect(saved.changes[0].field).toBe('bodyMarkdown');
    expect(saved.changes[0].diff).toContainEqual({ kind: 'ADDED', text: ' C’était en 2019.' });
    expect(history.find((r: any) => r.action === 'CHANGES_REQUESTED').note).toBe('Précisez l’année du jardin.');
  });

  it('keeps the published text public while its author’s edit waits for review', async () => {
    const { story } = await storyStep(
      run,
      'create',
      { input: storyInput(live.territoryId, { title: 'Un récit relu' }) },
      author(),
    );
    const submitted = await storyStep(run, 'submit', { id: story.id, v: story.authoring.editVersion }, author());
    const published = await storyStep(
      run,
      'publish',
      { id: story.id, v: submitted.story.authoring.editVersion },
      coordinator(),
    );
    const edited = await storyStep(
      run,
      'update',
      {
        input: {
          ...storyInput(live.territoryId, {
            title: 'Un récit relu',
            bodyMarkdown: 'Une version toute nouvelle, pas encore relue.',
          }),
          id: story.id,
          expectedVersion: published.story.authoring.editVersion,
        },
      },
      author(),
    );
    expect(edited.story.authoring.reviewState).toBe('DRAFT');
    expect(edited.story.draft.bodyMarkdown).toBe('Une version toute nouvelle, pas encore relue.');
    const visitor = await publicStory(story.slug);
    expect(visitor.bodyMarkdown).toBe(story.bodyMarkdown);
    expect(visitor.publicationState).toBe('PUBLISHED');

    const resubmitted = await storyStep(
      run,
      'submit',
      { id: story.id, v: edited.story.authoring.editVersion },
      author(),
    );
    await storyStep(run, 'publish', { id: story.id, v: resubmitted.story.authoring.editVersion }, coordinator());
    expect((await publicStory(story.slug)).bodyMarkdown).toBe('Une version toute nouvelle, pas encore relue.');
  });

  it('is withdrawn from public pages and can be submitted again', async () => {
    const { story } = await storyStep(
      run,
      'create',
      { input: storyInput(live.territoryId, { title: 'Un récit retiré' }) },
      author(),
    );
    const submitted = await storyStep(run, 'submit', { id: story.id, v: story.authoring.editVersion }, author());
    const published = await storyStep(
      run,
      'publish',
      { id: story.id, v: submitted.story.authoring.editVersion },
      coordinator(),
    );
    const withdrawn = await storyStep(
      run,
      'withdraw',
      { id: story.id, v: published.story.authoring.editVersion },
      author(),
    );
    expect(withdrawn.story.publicationState).toBe('ARCHIVED');
    expect(withdrawn.story.authoring).toMatchObject({
      reviewState: 'WITHDRAWN',
      viewerCanWithdraw: false,
      viewerCanSubmit: true,
    });
    expect(await publicStory(story.slug)).toBeNull();
    const again = await storyStep(run, 'submit', { id: story.id, v: withdrawn.story.authoring.editVersion }, author());
    expect(again.story.authoring.reviewState).toBe('SUBMITTED');
  });

  it('restores an earlier revision as a new one', async () => {
    const { story } = await storyStep(
      run,
      'create',
      { input: storyInput(live.territoryId, { title: 'Un récit restauré' }) },
      author(),
    );
    const edited = await storyStep(
      run,
      'update',
      {
        input: {
          ...storyInput(live.territoryId, {
            title: 'Un récit restauré',
            bodyMarkdown: 'Une seconde version, moins bonne que la première.',
          }),
          id: story.id,
          expectedVersion: story.authoring.editVersion,
        },
      },
      author(),
    );
    const history = (await run(HISTORY, { slug: story.slug }, author())).data?.story.authoring.revisions.nodes;
    const first = history.find((r: any) => r.number === 1);
    const restored = await storyStep(run, 'restore', { r: first.id, v: edited.story.authoring.editVersion }, author());
    expect(restored.story.draft.bodyMarkdown).toBe(story.bodyMarkdown);
    const after = (await run(HISTORY, { slug: story.slug }, author())).data?.story.authoring.revisions.nodes;
    expect(after[0]).toMatchObject({ number: 3, action: 'RESTORED', note: '1' });
    // Restoring what the draft already reads is refused, saving nothing.
    const same = await run(STORY_OPS.restore, { r: first.id, v: restored.story.authoring.editVersion }, author());
    expect(same.data?.restoreStoryRevision.userErrors.map((e: any) => e.code)).toEqual(['DRAFT_REVISION_CURRENT']);
  });

  it('tells the second of two writers what the first saved, and saves nothing of theirs', async () => {
    const { story } = await storyStep(
      run,
      'create',
      { input: storyInput(live.territoryId, { title: 'Un récit à deux' }) },
      author(),
    );
    const version = story.authoring.editVersion;
    await storyStep(
      run,
      'update',
      {
        input: {
          ...storyInput(live.territoryId, {
            title: 'Un récit à deux',
            bodyMarkdown: 'Le texte de la coordinatrice, enregistré le premier.',
          }),
          id: story.id,
          expectedVersion: version,
        },
      },
      coordinator(),
    );
    const second = await run(
      STORY_OPS.update,
      {
        input: {
          ...storyInput(live.territoryId, {
            title: 'Un récit à deux',
            bodyMarkdown: 'Le texte de l’autrice, arrivé trop tard.',
          }),
          id: story.id,
          expectedVersion: version,
        },
      },
      author(),
    );
    const answer = second.data?.updateStory;
    expect(answer.userErrors).toEqual([expect.objectContaining({ code: 'DRAFT_CHANGED', field: 'expectedVersion' })]);
    expect(answer.userErrors[0].message).toContain((coordinator() as { displayName: string }).displayName);
    expect(answer.story.draft.bodyMarkdown).toBe('Le texte de la coordinatrice, enregistré le premier.');
    expect(answer.story.authoring.editVersion).toBeGreaterThan(version);
    // With the current version, the author's text is saved.
    const retried = await storyStep(
      run,
      'update',
      {
        input: {
          ...storyInput(live.territoryId, {
            title: 'Un récit à deux',
            bodyMarkdown: 'Le texte de l’autrice, arrivé trop tard.',
          }),
          id: story.id,
          expectedVersion: answer.story.authoring.editVersion,
        },
      },
      author(),
    );
    expect(retried.story.draft.bodyMarkdown).toBe('Le texte de l’autrice, arrivé trop tard.');
  });

  it('refuses a testimony without consent and says what to fix', async () => {
    const result = await run(
      STORY_OPS.create,
      { input: storyInput(live.territoryId, { consent: false, title: 'x' }) },
      author(),
    );
    const codes = result.data?.createStory.userErrors.map((e: any) => e.code);
    expect(codes).toEqual(expect.arrayContaining(['TESTIMONY_CONSENT', 'STORY_TITLE_LENGTH']));
    const forged = await run(
      STORY_OPS.create,
      { input: storyInput(live.territoryId, { portraitIds: ['bm90IGFuIGlk'] }) },
      author(),
    );
    expect(forged.data?.createStory.userErrors.map((e: any) => e.code)).toEqual(['STORY_LINK_UNKNOWN']);
  });
});
