// Flat ESLint config. The module-boundary rule enforces the layering described in docs/adr/0001:
//   type:app      -> composition only; may use feature, platform, infra, domain, contracts; never another app
//   type:feature  -> Nest use-case slices of one service; may use platform, infra, domain, contracts
//   type:platform -> Nest glue shared by services; may use infra, contracts
//   type:infra    -> event store / messaging adapters; may use contracts
//   type:domain   -> pure deciders and scoring; may use contracts only; no framework
//   type:contracts-> integration event contracts; may use the kernel only; no framework
//   type:kernel   -> the shared vocabulary, decimals, dates and periods; depends on nothing of ours; no framework
//   scope:web     -> the web console (apps/web): imports nothing of ours (HTTP and generated types only)
// Formatting: Prettier (.prettierrc.json), checked by the lint of every project (prettier/prettier).
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettierRecommended from 'eslint-plugin-prettier/recommended';

const frameworks = [
  '@nestjs/*',
  'kafkajs',
  'pg',
  '@eventstore/*',
  '@electric-sql/*',
  'express',
  'class-validator',
  'class-transformer',
  'rxjs',
  'reflect-metadata',
  'exceljs',
  'prom-client',
  'pino',
  'jsonwebtoken',
];

export default [
  { ignores: ['apps/web/src/api/generated/**', '**/dist/**', '**/node_modules/**', '**/coverage/**', '.nx/**', '.data/**', 'infra/**', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:platform', 'type:infra', 'type:domain', 'type:contracts', 'type:kernel'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:platform', 'type:infra', 'type:contracts', 'type:domain', 'type:kernel'] },
            { sourceTag: 'type:bench', onlyDependOnLibsWithTags: ['type:infra', 'type:contracts', 'type:domain', 'type:kernel'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:platform', 'type:infra', 'type:domain', 'type:contracts', 'type:kernel'] },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:infra', 'type:contracts', 'type:kernel'] },
            { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:infra', 'type:contracts', 'type:kernel'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:kernel'], bannedExternalImports: frameworks },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:kernel'], bannedExternalImports: frameworks },
            { sourceTag: 'type:kernel', onlyDependOnLibsWithTags: [], bannedExternalImports: frameworks },
            { sourceTag: 'scope:planning', onlyDependOnLibsWithTags: ['scope:planning', 'scope:shared'] },
            { sourceTag: 'scope:measurement', onlyDependOnLibsWithTags: ['scope:measurement', 'scope:shared'] },
            { sourceTag: 'scope:evaluation', onlyDependOnLibsWithTags: ['scope:evaluation', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            // The web console talks to the services over HTTP only: it imports nothing of ours.
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: [] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettierRecommended,
];
