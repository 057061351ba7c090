import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

const nulInput = (where: string) =>
  new GraphQLError(`${where} contains a NUL character (U+0000), which no text may hold: remove it.`, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });

/** The path of the first string holding a NUL, walking iteratively: variables may nest deeply. */
function nulPath(value: unknown, root: string): string | null {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\0')) return path;
    } else if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push([item, `${path}[${i}]`]));
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        if (key.includes('\0')) return `${path} (a key)`;
        stack.push([item, `${path}.${key}`]);
      }
    }
  }
  return null;
}

/**
 * PostgreSQL text cannot hold U+0000: a NUL reaching SQL fails as an internal error. Literals are
 * checked once per document (validation results are cached), variables on every request.
 */
export function nulLiteralRule(context: ValidationContext): ASTVisitor {
  return {
    StringValue(node) {
      if (node.value.includes('\0')) context.reportError(nulInput('A string in the query'));
    },
  };
}

export function refuseNulVariables(variables: Record<string, unknown> | undefined): void {
  const path = nulPath(variables, 'variables');
  if (path) throw nulInput(path);
}
