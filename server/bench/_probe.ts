import pg from 'pg';
import { migrate, openDatabase } from '../src/database.js';
import { createApp } from '../src/app.js';
import { createSchema } from '../src/schema.js';
import { loadConfig } from '../src/config.js';
import { seed } from '../src/seeding/seed.service.js';
import { generatePortraits } from '../src/seeding/generate.js';
import type { AddressInfo } from 'node:net';
const LIST = `query Portraits($first: Int!) { portraits(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { id slug name stage commune territory { name } themes { slug name } indicators { label value unit } fundingLines { sourceKind amount isEu funder { name } } funding { total euAmount euShare } partners { role organization { name } } stageHistory { stage date precision } replicatedFrom { slug } replications { slug } } } }`;
const admin = new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/postgres' });
await admin.connect();
await admin.query('drop database if exists qb_probe with (force)'); await admin.query('create database qb_probe');
const db = await openDatabase({ databaseUrl: 'postgresql://postgres@127.0.0.1:5432/qb_probe', dataDir: '' });
await migrate(db.orm); await seed(db.orm); await generatePortraits(db.orm, 1000);
const knex = db.orm.em.getKnex();
const starts = new Map<string, number>(); const log: string[] = [];
knex.on('query', (q: any) => starts.set(q.__knexQueryUid, performance.now()));
knex.on('query-response', (_r: any, q: any) => log.push(`${(performance.now() - starts.get(q.__knexQueryUid)!).toFixed(2)}ms ${q.sql.slice(0, 120)}`));
const app = await createApp({ ...loadConfig(), port: 0 }, db.orm, await createSchema());
await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
for (const first of [20, 100]) {
  for (let i = 0; i < 6; i++) {
    log.length = 0;
    const t = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LIST, variables: { first } }) });
    const text = await res.text();
    console.log(first, i, (performance.now() - t).toFixed(1), 'ms', text.length, 'bytes');
  }
  console.log(log.join('\n'));
}
await app.stop(); await db.close(); await admin.query('drop database qb_probe with (force)'); await admin.end();
