import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLFormattedError } from 'graphql';
import { createApollo } from '../apollo.js';
import { createContext } from '../context.js';
import { noRequest, type RequestInfo } from '../shared/context.js';
import { LiveHub } from '../live/live.hub.js';
import { LocalBus } from '../live/live.bus.js';
import { streamKinds } from '../features.js';
import { createSchema } from '../schema.js';
import { anonymous, type Viewer } from '../shared/viewer.js';
import { PlatformRole } from '../people/person.entity.js';
import { MemoryMailer } from './mailer.js';

export interface Result<T> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

/** An administrator: sees drafts, and every workshop's contributions in any state. */
export const admin: Viewer = {
  kind: 'person',
  personId: '00000000-0000-4000-8000-000000000000',
  role: PlatformRole.ADMIN,
  displayName: 'Administration',
  coordinates: new Set(),
  diagnoses: new Set(),
};

/** Runs GraphQL operations through the real Apollo pipeline (validation, error mapping). */
export async function createTestApi(orm: MikroORM, shared?: LiveHub) {
  const live = shared ?? new LiveHub(new LocalBus(), streamKinds);
  const apollo = createApollo(await createSchema(), { introspection: true, enforceCost: false });
  await apollo.start();
  const mail = new MemoryMailer();
  let statements = 0;
  orm.em.getKnex().on('query', () => {
    statements += 1;
  });
  const run = async <T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    viewer: Viewer = anonymous,
    /** The exchange it comes with: the client's address, language, cookies set. */
    request: Partial<RequestInfo> = {},
  ) => {
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: createContext(orm.em, viewer, live, { ...noRequest, ...request }, mail) },
    );
    if (response.body.kind !== 'single') throw new Error('Incremental responses are not used');
    return response.body.singleResult as Result<T>;
  };
  return {
    run,
    /** Runs an operation and tells how many SQL statements it took. */
    async countStatements<T = Record<string, any>>(
      query: string,
      variables: Record<string, unknown> = {},
      viewer: Viewer = anonymous,
    ) {
      const before = statements;
      const result = await run<T>(query, variables, viewer);
      return { result, statements: statements - before };
    },
    live,
    /** The mail the operations sent. */
    mail,
    async stop() {
      await apollo.stop();
      if (!shared) await live.close();
    },
  };
}
