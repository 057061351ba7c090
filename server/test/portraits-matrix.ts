/** Portraits and their structured editor (portraits-authorization.test.ts): every operation, as its authorization matrix covers them. */
export const PORTRAIT_MUTATIONS: readonly string[] = [];
