// Regenerates schema/schema.graphql from the code; with --check, fails when the committed file differs.
import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { createSchema, emitSchema, printSortedSchema, schemaFile } from '../schema.js';

const schema = await createSchema();
if (process.argv.includes('--check')) {
  const committed = await readFile(schemaFile, 'utf8').catch(() => '');
  if (committed !== printSortedSchema(schema)) {
    console.error('schema/schema.graphql is out of date with the code. Run `npm run codegen` and commit the result.');
    process.exitCode = 1;
  } else {
    console.log('schema/schema.graphql is up to date.');
  }
} else {
  await emitSchema(schema);
  console.log('Wrote schema/schema.graphql');
}
