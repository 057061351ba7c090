/** Stories, portraits and images (authoring-authorization.test.ts): every operation, as its authorization matrix covers them. */
export const AUTHORING_MUTATIONS: readonly string[] = [];
