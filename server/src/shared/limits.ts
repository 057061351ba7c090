import { GraphQLError, Kind, type ASTVisitor, type ValidationContext } from 'graphql';

/** Limits applied to every operation, over HTTP and websocket alike. */
export const limits = {
  maxDepth: 12,
  maxTokens: 4000,
  maxHttpBodyBytes: 1_000_000,
  maxSocketMessageBytes: 64 * 1024,
  maxSubscriptionsPerSocket: 10,
};

/** Rejects operations nested deeper than `maxDepth` fields (fragments are followed). */
export function depthLimit(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    const depthOf = (
      node: { selectionSet?: { selections: readonly unknown[] } },
      depth: number,
      seen: Set<string>,
    ): number => {
      if (!node.selectionSet) return depth;
      let deepest = depth;
      for (const selection of node.selectionSet.selections as {
        kind: Kind;
        name?: { value: string };
        selectionSet?: never;
      }[]) {
        if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, depthOf(selection, depth + 1, seen));
        else if (selection.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(selection, depth, seen));
        else if (selection.kind === Kind.FRAGMENT_SPREAD && selection.name && !seen.has(selection.name.value)) {
          const fragment = fragments.get(selection.name.value);
          if (fragment) deepest = Math.max(deepest, depthOf(fragment, depth, new Set([...seen, selection.name.value])));
        }
        if (deepest > maxDepth) return deepest;
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation, 0, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`The query is nested ${depth} levels deep; the limit is ${maxDepth}.`, {
              nodes: [operation],
              extensions: { code: 'QUERY_TOO_DEEP' },
            }),
          );
        }
      },
    };
  };
}
