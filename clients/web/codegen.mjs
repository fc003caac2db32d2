// Typed operations from the schema the service serves. `npm run codegen:check` fails when the
// checked-in output under src/gql/ no longer matches ../../docs/schema.graphql.
/** @type {import('@graphql-codegen/cli').CodegenConfig} */
const config = {
  schema: '../../docs/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', ID: 'string' },
        skipTypename: false,
      },
    },
  },
}

export default config
