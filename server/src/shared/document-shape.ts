import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/** How big a document may be once its fragments are expanded. */
export interface ShapeLimits {
  maxOperations: number;
  maxFragments: number;
  /** Fields, spreads and inline fragments counted as if every fragment were written out. */
  maxSelections: number;
  /** Fields with one response name in one selection set (their pairwise merge checks are quadratic). */
  maxSameName: number;
}

export const tooLarge = (message: string) => new GraphQLError(message, { extensions: { code: 'QUERY_TOO_LARGE' } });

/**
 * Measures a whole document in one pass, remembering each fragment's expanded size, so the cost of
 * measuring is linear in the document however fragments nest (a chain of fragments that each
 * spread the next twice doubles its expanded size at every link).
 */
export function measureShape(document: DocumentNode, limits: ShapeLimits): GraphQLError | null {
  let operations = 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) operations += 1;
    else if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  if (operations > limits.maxOperations) {
    return tooLarge(`The document has ${operations} operations; the limit is ${limits.maxOperations}.`);
  }
  if (fragments.size > limits.maxFragments) {
    return tooLarge(`The document has ${fragments.size} fragments; the limit is ${limits.maxFragments}.`);
  }

  const expanded = new Map<string, number>();
  const inProgress = new Set<string>();
  let sameName: string | null = null;
  // Expanded sizes can reach 2^300 on hostile documents: cap them so the arithmetic stays exact.
  const cap = limits.maxSelections + 1;
  const sizeOf = (set: SelectionSetNode): number => {
    let size = 0;
    const names = new Map<string, number>();
    for (const selection of set.selections) {
      size += 1;
      if (selection.kind === Kind.FIELD) {
        const name = selection.alias?.value ?? selection.name.value;
        const count = (names.get(name) ?? 0) + 1;
        names.set(name, count);
        if (count > limits.maxSameName) sameName ??= name;
        if (selection.selectionSet) size += sizeOf(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        size += sizeOf(selection.selectionSet);
      } else {
        size += fragmentSize(selection.name.value);
      }
      if (size >= cap) return cap;
    }
    return size;
  };
  const fragmentSize = (name: string): number => {
    const known = expanded.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // Unknown fragments and cycles are reported by graphql's own rules; they add nothing here.
    if (!fragment || inProgress.has(name)) return 0;
    inProgress.add(name);
    const size = sizeOf(fragment.selectionSet);
    inProgress.delete(name);
    expanded.set(name, size);
    return size;
  };

  let total = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) total = Math.min(cap, total + sizeOf(definition.selectionSet));
    else if (definition.kind === Kind.FRAGMENT_DEFINITION) fragmentSize(definition.name.value);
    if (total >= cap) {
      return tooLarge(
        `The document selects more than ${limits.maxSelections} fields once its fragments are expanded: ask for less.`,
      );
    }
    if (sameName !== null) {
      return tooLarge(
        `"${sameName}" is selected more than ${limits.maxSameName} times in one place: select it once, or use aliases.`,
      );
    }
  }
  return null;
}
