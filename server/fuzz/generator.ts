// Random operations over the real schema (schema/schema.graphql): real fields and arguments, so
// that documents pass validation and reach the resolvers, with hostile argument values.
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Rng } from './prng.js';
import { forgedId, hostileFloat, hostileInt, hostileString, someId, stringFor, type Corpus } from './hostile.js';

/** An enum value: printed bare in a document, as a string in JSON variables. */
export class EnumLiteral {
  constructor(readonly value: string) {}
  toJSON() {
    return this.value;
  }
}

export interface Operation {
  query: string;
  variables?: unknown;
  operationName?: string;
}

export type OperationKind = 'query' | 'mutation' | 'subscription';

export interface GenOptions {
  kind: OperationKind;
  /** Field nesting of the selection (the server refuses more than its limit). */
  maxDepth?: number;
  /** Chance that a value is hostile rather than plausible. */
  hostility?: number;
  /** Chance that an argument goes through a variable rather than a literal. */
  variableChance?: number;
  /** Every string value carries a NUL byte. */
  nul?: boolean;
  /** Never use real ids (for mutations that would spoil the run: close, demote…). */
  forgedIdsOnly?: boolean;
  /** Root fields allowed; all of the root type when absent. */
  rootFields?: readonly string[];
}

export class Generator {
  constructor(
    readonly schema: GraphQLSchema,
    private readonly corpus: Corpus,
  ) {}

  rootFieldNames(kind: OperationKind): string[] {
    return Object.keys(this.rootType(kind).getFields());
  }

  operation(rng: Rng, options: GenOptions): Operation {
    return new Run(rng, this.schema, this.corpus, options).operation(this.rootType(options.kind));
  }

  private rootType(kind: OperationKind): GraphQLObjectType {
    const root =
      kind === 'query'
        ? this.schema.getQueryType()
        : kind === 'mutation'
          ? this.schema.getMutationType()
          : this.schema.getSubscriptionType();
    if (!root) throw new Error(`The schema has no ${kind} type`);
    return root;
  }
}

/** State of one generated operation: its variables and the printing of literals. */
class Run {
  private readonly variables: Record<string, unknown> = {};
  private readonly declarations: string[] = [];
  private readonly hostility: number;
  private readonly variableChance: number;
  private readonly maxDepth: number;

  constructor(
    private readonly rng: Rng,
    private readonly schema: GraphQLSchema,
    private readonly corpus: Corpus,
    private readonly options: GenOptions,
  ) {
    this.hostility = options.hostility ?? 0.5;
    this.variableChance = options.variableChance ?? 0.5;
    this.maxDepth = options.maxDepth ?? 4;
  }

  operation(root: GraphQLObjectType): Operation {
    const { kind } = this.options;
    const allowed = Object.values(root.getFields()).filter(
      (f) => !this.options.rootFields || this.options.rootFields.includes(f.name),
    );
    // A subscription operation must have exactly one root field.
    const count = kind === 'subscription' ? 1 : this.rng.int(1, 3);
    const selections = Array.from({ length: count }, () => this.field(this.rng.pick(allowed), 1));
    const name = `Fuzz${this.rng.int(0, 9999)}`;
    const vars = this.declarations.length > 0 ? `(${this.declarations.join(', ')})` : '';
    return {
      query: `${kind} ${name}${vars} { ${selections.join(' ')} }`,
      variables: this.declarations.length > 0 || this.rng.chance(0.2) ? this.variables : undefined,
      operationName: this.rng.chance(0.7) ? name : undefined,
    };
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): string {
    const alias = this.rng.chance(0.15) ? `a${this.rng.int(0, 999)}: ` : '';
    const args = this.args(field.args, depth);
    const type = getNamedType(field.type);
    const selection = isCompositeType(type) ? ` ${this.selectionSet(type, depth + 1)}` : '';
    return `${alias}${field.name}${args}${selection}`;
  }

  private args(args: readonly GraphQLArgument[], depth: number): string {
    const parts: string[] = [];
    for (const arg of args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      // Leave out a required argument now and then (validation must say so), optional ones often.
      if (required ? this.rng.chance(0.03) : this.rng.chance(0.5)) continue;
      const value = this.valueFor(arg.type, arg.name, depth);
      if (this.rng.chance(this.variableChance)) {
        const name = `v${this.declarations.length}`;
        // Sometimes declare the wrong type: validation must refuse it, not the resolver.
        const declared = this.rng.chance(0.05)
          ? this.rng.pick(['String', 'Int!', '[ID]', 'Boolean'])
          : String(arg.type);
        this.declarations.push(`$${name}: ${declared}`);
        if (value !== undefined) this.variables[name] = value;
        parts.push(`${arg.name}: $${name}`);
      } else {
        parts.push(`${arg.name}: ${printLiteral(value)}`);
      }
    }
    return parts.length > 0 ? `(${parts.join(', ')})` : '';
  }

  private selectionSet(type: GraphQLCompositeType, depth: number): string {
    const parts: string[] = [];
    if (isUnionType(type) || isInterfaceType(type)) {
      // Interfaces and unions: inline fragments on some of their possible types.
      const possible = this.schema.getPossibleTypes(type);
      const count = this.rng.int(1, Math.min(4, possible.length));
      for (let i = 0; i < count; i++) {
        const target = this.rng.pick(possible);
        parts.push(`... on ${target.name} ${this.selectionSet(target, depth)}`);
      }
      if (isInterfaceType(type)) parts.push(...this.fieldsOf(type, depth, 2));
      parts.push('__typename');
      return `{ ${parts.join(' ')} }`;
    }
    if (isObjectType(type)) parts.push(...this.fieldsOf(type, depth, this.rng.int(1, 5)));
    if (parts.length === 0 || this.rng.chance(0.1)) parts.push('__typename');
    return `{ ${parts.join(' ')} }`;
  }

  private fieldsOf(
    type: { getFields(): Record<string, GraphQLField<unknown, unknown>> },
    depth: number,
    count: number,
  ): string[] {
    const all = Object.values(type.getFields());
    // At the depth limit only leaves, so that the document stays within the server's limits.
    const usable = depth >= this.maxDepth ? all.filter((f) => isLeafType(getNamedType(f.type))) : all;
    if (usable.length === 0) return [];
    return Array.from({ length: count }, () => this.field(this.rng.pick(usable), depth));
  }

  private valueFor(type: GraphQLInputType, name: string, depth: number): unknown {
    const rng = this.rng;
    const hostile = () => rng.chance(this.hostility);
    if (isNonNullType(type)) {
      if (rng.chance(0.02)) return null;
      return this.valueFor(type.ofType, name, depth);
    }
    if (hostile() && rng.chance(0.05)) return rng.pick([null, [], {}, 'x', 7, true]);
    if (isListType(type)) {
      const length = rng.chance(0.05) ? rng.pick([1000, 5000]) : rng.int(0, 3);
      return Array.from({ length }, () => this.valueFor(type.ofType, name, depth + 1));
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((v) => v.name);
      if (hostile() && rng.chance(0.2)) return new EnumLiteral(rng.pick(['NOT_A_VALUE', 'name', 'true']));
      return new EnumLiteral(rng.pick(values));
    }
    if (isInputObjectType(type)) {
      const result: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const required = isNonNullType(field.type) && field.defaultValue === undefined;
        if (!required && rng.chance(0.5)) continue;
        result[field.name] = this.valueFor(field.type, field.name, depth + 1);
      }
      if (hostile() && rng.chance(0.1)) result[rng.pick(['unknownField', '__proto__', 'constructor'])] = 1;
      return result;
    }
    switch (type.name) {
      case 'ID':
        if (this.options.forgedIdsOnly) return forgedId(rng, this.corpus);
        return hostile() ? forgedId(rng, this.corpus) : someId(rng, this.corpus, typeHint(name));
      case 'Int':
        return hostile() ? hostileInt(rng) : rng.pick([1, 2, 5, 10, 20, 100]);
      case 'Float':
        return hostile() ? hostileFloat(rng) : 1.5;
      case 'Boolean':
        return hostile() && rng.chance(0.2) ? 'true' : rng.chance(0.5);
      case 'String': {
        const text = hostile() ? hostileString(rng) : stringFor(rng, this.corpus, name);
        return this.options.nul ? `${text.slice(0, 50)}\u0000${rng.int(0, 9)}` : text;
      }
      default:
        return hostileString(rng);
    }
  }
}

/** `workshopId` → "Workshop", `keepId` → undefined: which type a real id should be of. */
function typeHint(argName: string): string | undefined {
  const match = /^(workshop|person|prompt|neighbourhood|parent|contribution)Id$/.exec(argName);
  if (!match) return undefined;
  const base = match[1] === 'parent' ? 'contribution' : match[1]!;
  return base[0]!.toUpperCase() + base.slice(1);
}

/** A JS value as a GraphQL literal (strings through JSON, whose escapes GraphQL shares). */
export function printLiteral(value: unknown): string {
  if (value instanceof EnumLiteral) return value.value;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(printLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${printLiteral(v)}`);
    return `{${fields.join(', ')}}`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  return JSON.stringify(value);
}
