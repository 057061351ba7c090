/**
 * Stories, their drafts, review and revisions. authoring-workflow.test.ts drives each of them as
 * the author, a coordinator and someone else; a matrix of every role is still to write.
 */
export const STORY_MUTATIONS: readonly string[] = [
  'createStory',
  'updateStory',
  'submitStory',
  'publishStory',
  'withdrawStory',
  'restoreStoryRevision',
  'requestChanges',
];
