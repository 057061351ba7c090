import {
  createSourceEventStream,
  execute,
  Kind,
  print,
  visit,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';

/**
 * Fields whose value is the same for every viewer who receives the same event: they come from the
 * event's snapshot, take no arguments and read nothing per viewer. A subscription selecting only
 * these is run once per event and its result handed to every subscriber of that event.
 */
const snapshotFields = new Set([
  '__typename',
  // WorkshopEvent, WorkshopState, Prompt
  'seq',
  'type',
  'at',
  'contributionId',
  'contribution',
  'mergedIntoId',
  'voteCount',
  'workshop',
  'connectedCount',
  'reason',
  'status',
  'moderationMode',
  'activePrompt',
  'joinCode',
  'question',
  'position',
  // Contribution (viewer* fields are false for everyone an event is shared with)
  'id',
  'kind',
  'body',
  'moderationState',
  'pinned',
  'addressed',
  'editedAt',
  'createdAt',
  'authorName',
  'authorIsGuest',
  'themes',
  'parentId',
  'hiddenReason',
  'viewerIsAuthor',
  'viewerCanEdit',
  // Theme
  'slug',
  'name',
  'nameEn',
  'description',
]);

const maxCachedResults = 2000;
// Promises, not results: every subscriber wakes up in the same tick, before the first execution ends.
const results = new Map<string, Promise<ExecutionResult>>();
const documentKeys = new WeakMap<DocumentNode, string | null>();

/** The document without its root arguments, when every other field it selects is a snapshot field. */
function documentKey(document: DocumentNode): string | null {
  const known = documentKeys.get(document);
  if (known !== undefined) return known;
  let shareable = true;
  // Depth of fields within the operation; fields of fragment definitions are never the root.
  let depth = Number.NEGATIVE_INFINITY;
  const stripped = visit(document, {
    OperationDefinition: {
      enter: (node) => {
        depth = 0;
        return { ...node, variableDefinitions: [] };
      },
      leave: () => {
        depth = Number.NEGATIVE_INFINITY;
      },
    },
    Field: {
      enter(node) {
        depth += 1;
        if (depth === 1) return { ...node, arguments: [] };
        if (!snapshotFields.has(node.name.value) || (node.arguments?.length ?? 0) > 0) shareable = false;
        return undefined;
      },
      leave() {
        depth -= 1;
      },
    },
    Directive: () => {
      shareable = false;
    },
  });
  const key =
    shareable && stripped.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION) ? print(stripped) : null;
  documentKeys.set(document, key);
  return key;
}

function remember(key: string, result: Promise<ExecutionResult>) {
  results.set(key, result);
  // Events arrive in order: the oldest results are the ones no subscriber will ask for again.
  if (results.size > maxCachedResults) results.delete(results.keys().next().value!);
}

/**
 * graphql's `subscribe`, except that a payload carrying a `shareKey` is executed once for all
 * subscribers with the same document: with a thousand viewers, one execution instead of a
 * thousand (STACK.md measured ~65 µs a subscriber).
 */
export async function subscribeShared(args: ExecutionArgs) {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  const docKey = documentKey(args.document);
  const iterator = source[Symbol.asyncIterator]();
  const run = async (payload: unknown): Promise<ExecutionResult> => {
    const shareKey = (payload as { shareKey?: string | null }).shareKey;
    const key = docKey && shareKey ? `${shareKey}\n${docKey}` : null;
    const cached = key ? results.get(key) : undefined;
    if (cached) return cached;
    const result = Promise.resolve(execute({ ...args, rootValue: payload }));
    if (key) remember(key, result);
    return result;
  };
  // A plain iterator, not an async generator: `return` must reach the source at once.
  const mapped: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const item = await iterator.next();
      return item.done ? item : { done: false, value: await run(item.value) };
    },
    async return() {
      await iterator.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      await iterator.return?.();
      throw error;
    },
    [Symbol.asyncIterator]: () => mapped,
  };
  return mapped;
}
