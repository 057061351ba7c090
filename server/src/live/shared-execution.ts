import {
  createSourceEventStream,
  execute,
  Kind,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import type { PromiseOrValue } from 'graphql/jsutils/PromiseOrValue.js';

const maxCachedEvents = 2000;

/**
 * The document without its root fields' arguments, when every other field it selects is
 * shareable (`Type.field`, as the features classify them) and takes no arguments; else null.
 */
function documentKey(schema: GraphQLSchema, document: DocumentNode, shareable: ReadonlySet<string>): string | null {
  let shared = true;
  const root = schema.getSubscriptionType();
  const typeInfo = new TypeInfo(schema);
  const stripped = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => ({ ...node, variableDefinitions: [] }),
      Field(node) {
        const parent = typeInfo.getParentType();
        // The subscription field hands the event itself to what is selected in it.
        if (parent != null && parent === root) return { ...node, arguments: [] };
        const name = node.name.value;
        const known = name === '__typename' || (parent != null && shareable.has(`${parent.name}.${name}`));
        if (!known || (node.arguments?.length ?? 0) > 0) shared = false;
        return undefined;
      },
      Directive: () => {
        shared = false;
      },
    }),
  );
  return shared && stripped.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION) ? print(stripped) : null;
}

/**
 * graphql's `subscribe`, except that a payload carrying a `shareKey` is executed once for all
 * subscribers with the same document: with a thousand viewers, one execution instead of a
 * thousand (STACK.md measured ~65 µs a subscriber). `resultOf` is the same execution, for an
 * event delivered outside the iterator (RequestInfo.push).
 */
export function sharedExecution(shareable: ReadonlySet<string>) {
  const documentKeys = new WeakMap<DocumentNode, string | null>();
  // Per share key (one event, one audience), per document: the result, or its promise while the
  // first execution runs (every subscriber wakes up in the same turn, before it ends).
  const results = new Map<string, Map<string, PromiseOrValue<ExecutionResult>>>();

  // Per operation (its arguments), made once: it is looked up for every event it receives.
  const operationKeys = new WeakMap<ExecutionArgs, string | null>();
  const keyOf = (args: ExecutionArgs) => {
    let key = operationKeys.get(args);
    if (key !== undefined) return key;
    let documentKeyOf = documentKeys.get(args.document);
    if (documentKeyOf === undefined) {
      documentKeyOf = documentKey(args.schema, args.document, shareable);
      documentKeys.set(args.document, documentKeyOf);
    }
    key = documentKeyOf === null ? null : `${args.operationName ?? ''}\n${documentKeyOf}`;
    operationKeys.set(args, key);
    return key;
  };

  const resultFor = (shareKey: string, docKey: string, args: ExecutionArgs, payload: unknown) => {
    let byDocument = results.get(shareKey);
    if (!byDocument) {
      byDocument = new Map();
      results.set(shareKey, byDocument);
      // Events arrive in order: the oldest are the ones no subscriber will ask for again.
      if (results.size > maxCachedEvents) results.delete(results.keys().next().value!);
    }
    let result = byDocument.get(docKey);
    if (!result) {
      result = execute({ ...args, rootValue: payload });
      byDocument.set(docKey, result);
      // Once known, the result itself: the subscribers after the first need not wait for it.
      if (result instanceof Promise)
        void result.then(
          (value) => byDocument.set(docKey, value),
          () => undefined,
        );
    }
    return result;
  };

  const resultOf = (args: ExecutionArgs, payload: unknown, docKey = keyOf(args)) => {
    const shareKey = (payload as { shareKey?: string | null }).shareKey;
    return docKey && shareKey ? resultFor(shareKey, docKey, args, payload) : execute({ ...args, rootValue: payload });
  };

  async function subscribe(args: ExecutionArgs) {
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source;
    const docKey = keyOf(args);
    const iterator = source[Symbol.asyncIterator]();
    // A plain iterator, not an async generator: `return` must reach the source at once.
    const mapped: AsyncIterableIterator<ExecutionResult> = {
      async next() {
        const item = await iterator.next();
        return item.done ? item : { done: false, value: await resultOf(args, item.value, docKey) };
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

  return { subscribe, resultOf };
}
