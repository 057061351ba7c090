import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import type { Viewer } from '../shared/viewer.js';
import { AuthoredKind } from './draft.entity.js';

/**
 * What a kind of authored content tells the generic draft, review and history machinery
 * (`authoring.service.ts`). Each kind registers one adapter, from its own feature.
 */
export interface Authored<Doc, Subject> {
  kind: AuthoredKind;
  /** Node type name of the subject's global id ('Story', 'Portrait'). */
  typeName: string;
  /** The subject in the write's unit of work, locked (PESSIMISTIC_WRITE); null when it does not exist. */
  load(em: EntityManager, id: string): Promise<Subject | null>;
  /** Whether the viewer may edit, submit and withdraw it, besides staff (author, members of the carrier…). */
  mayEdit(em: EntityManager, viewer: Viewer, subject: Subject): Promise<boolean>;
  /** The published edition as a document: a draft starts from it. */
  documentOf(em: EntityManager, subject: Subject): Promise<Doc>;
  /** Validates a document about to be saved; user errors name the fields (`Problems` as elsewhere). */
  validate(doc: Doc, ctx: Context): Promise<void> | void;
  /** Writes the document into the subject's tables: the publication. */
  apply(em: EntityManager, subject: Subject, doc: Doc, ctx: Context): Promise<void>;
  /** Texts the history diffs, by field name (Markdown fields, title…). */
  textsOf(doc: Doc): Record<string, string>;
  /** Title and site path, for the lists of drafts ("mes contenus", "à relire"). */
  titleOf(doc: Doc): string;
  pathOf(subject: Subject): string;
}

/** What every authored subject has: its publication state, which `publish` and `withdraw` set. */
export interface PublishableSubject {
  id: string;
  publicationState: string;
  publishedAt?: Date;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each adapter has its own document and subject
type AnyAuthored = Authored<any, any>;

const adapters = new Map<AuthoredKind, AnyAuthored>();

/** Called once by each kind's feature when its module loads. */
export function registerAuthored(adapter: AnyAuthored): void {
  adapters.set(adapter.kind, adapter);
}

/** The adapter of a kind; every kind of the enum registers one, so a missing one is a wiring bug. */
export function authoredOf(kind: AuthoredKind): AnyAuthored {
  const adapter = adapters.get(kind);
  if (!adapter) throw new Error(`No adapter registered for ${kind}`);
  return adapter;
}

/** The adapter whose subjects have this node type name ('Story'), if any. */
export function authoredByTypeName(typeName: string): AnyAuthored | undefined {
  return [...adapters.values()].find((a) => a.typeName === typeName);
}
