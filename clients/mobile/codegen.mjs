// Typed operations from the schema the service serves, with the same settings as the web client
// (../web/codegen.mjs). `npm run codegen:check` fails when src/gql/ is stale against
// ../../docs/schema.graphql or an operation no longer validates against it.
/** @type {import('@graphql-codegen/cli').CodegenConfig} */
const config = {
  schema: process.env.VIELFALT_SCHEMA ?? '../../docs/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        onlyOperationTypes: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', ID: 'string' },
        skipTypename: false,
      },
    },
  },
}

export default config
