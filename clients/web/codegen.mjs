// Typed operations from the schema the service serves. `npm run codegen:check` fails when the
// checked-in output under src/gql/ no longer matches ../../docs/schema.graphql.
/** @type {import('@graphql-codegen/cli').CodegenConfig} */
const config = {
  // VIELFALT_SCHEMA lets a developer generate against another copy (e.g. the last committed one).
  schema: process.env.VIELFALT_SCHEMA ?? '../../docs/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        // Only what the operations use: an unrelated schema addition leaves the output unchanged.
        onlyOperationTypes: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', ID: 'string' },
        skipTypename: false,
      },
    },
  },
}

export default config
