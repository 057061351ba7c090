import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { print, type DocumentNode } from 'graphql';
import { repoRoot } from '../shared/paths.js';

/**
 * The text of a document the site sends (`LiveBoardPage`, `ConsolePage`…), read from the client's
 * generated documents: a test of it follows the site's pages as they change.
 */
export async function siteDocument(name: string): Promise<string> {
  const file = path.join(repoRoot, 'client/src/lib/graphql/generated/graphql.ts');
  const generated = (await import(pathToFileURL(file).href)) as Record<string, DocumentNode | undefined>;
  const document = generated[`${name}Document`];
  if (!document) throw new Error(`The site has no document ${name}`);
  return print(document);
}
