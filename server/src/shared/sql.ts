/** Escapes LIKE wildcards so a search for "100%" means the text "100%". */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
