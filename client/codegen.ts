import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the site: every `graphql(...)` call in a route or a component becomes a
 * TypedDocumentNode. Fragments live beside the component that reads them (`PortraitCard_Portrait`
 * in PortraitCard.svelte) and are unmasked there with `getFragmentData`.
 */
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,svelte}', '!src/lib/graphql/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/lib/graphql/generated/': {
      preset: 'client',
      presetConfig: {
        gqlTagName: 'graphql',
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: { DateTime: 'string', Date: 'string', DateTimeISO: 'string', JSON: 'unknown' },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
