import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Field names selected directly in `set`, through inline fragments and fragment spreads. */
function fieldsOf(
  set: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  into = new Map<string, SelectionSetNode | undefined>(),
) {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) into.set(selection.name.value, selection.selectionSet);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsOf(selection.selectionSet, info, into);
    else fieldsOf(info.fragments[selection.name.value]?.selectionSet, info, into);
  }
  return into;
}

/** The fields a client asks of the items of a connection (under `nodes` or `edges { node }`). */
export function connectionNodeFields(info: GraphQLResolveInfo): Set<string> {
  const requested = new Set<string>();
  for (const node of info.fieldNodes) {
    const top = fieldsOf(node.selectionSet, info);
    const edgeNode = fieldsOf(top.get('edges'), info).get('node');
    for (const set of [top.get('nodes'), edgeNode]) for (const name of fieldsOf(set, info).keys()) requested.add(name);
  }
  return requested;
}
