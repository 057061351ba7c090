/** Stories, their drafts, review and revisions (stories-authorization.test.ts): every operation, as its authorization matrix covers them. */
export const STORY_MUTATIONS: readonly string[] = [
  'createStory',
  'updateStory',
  'submitStory',
  'publishStory',
  'withdrawStory',
  'restoreStoryRevision',
  'requestChanges',
];
