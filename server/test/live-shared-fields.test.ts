import { describe, expect, it } from 'vitest';
import { getNamedType, isInterfaceType, isObjectType, isUnionType, type GraphQLNamedType } from 'graphql';
import { createSchema } from '../src/schema.js';
import { streamKinds } from '../src/features.js';

/**
 * Shared execution hands one result to every subscriber with the same share key: a field that
 * reads anything per viewer must never be in it. Every field reachable from an event through
 * shareable fields must have been classified by the feature that declares the events: a field
 * nobody classified fails here, naming it.
 */
describe('fields of live events', () => {
  it('are each classified shareable or per viewer, by `Type.field`', async () => {
    const schema = await createSchema();
    const { shareable, perViewer } = streamKinds;
    const unclassified: string[] = [];
    const seen = new Set<string>();
    const walk = (type: GraphQLNamedType) => {
      if (seen.has(type.name)) return;
      seen.add(type.name);
      if (isUnionType(type)) return type.getTypes().forEach(walk);
      if (!isObjectType(type) && !isInterfaceType(type)) return;
      for (const field of Object.values(type.getFields())) {
        const name = `${type.name}.${field.name}`;
        if (perViewer.has(name)) continue;
        if (!shareable.has(name)) unclassified.push(name);
        else walk(getNamedType(field.type));
      }
      if (isInterfaceType(type)) schema.getPossibleTypes(type).forEach(walk);
    };
    const events = Object.values(schema.getSubscriptionType()!.getFields()).map((f) => getNamedType(f.type));
    expect(events.map((t) => t.name)).toContain('WorkshopEvent');
    events.forEach(walk);
    expect(unclassified, 'classify these in the `fields` of the feature’s event family').toEqual([]);

    // And nothing is classified that the schema does not have (a renamed or removed field).
    const exists = (name: string) => {
      const [typeName, fieldName] = name.split('.') as [string, string];
      const type = schema.getType(typeName);
      return (isObjectType(type) || isInterfaceType(type)) && fieldName in type.getFields();
    };
    expect([...shareable, ...perViewer].filter((name) => name !== '__typename' && !exists(name))).toEqual([]);
  });
});
