/** Stories, their drafts, review and revisions (stories-authorization.test.ts): every operation, as its authorization matrix covers them. */
export const STORY_MUTATIONS: readonly string[] = [];
