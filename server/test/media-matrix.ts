/** Images (media-authorization.test.ts): every operation, as its authorization matrix covers them. */
export const MEDIA_MUTATIONS: readonly string[] = ['uploadImage'];
