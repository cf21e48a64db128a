// Shared Jest settings. The code base is native ESM (NestJS 12 ships ESM only), so Jest runs
// with --experimental-vm-modules and @swc/jest compiles TypeScript (with decorator metadata).
export const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  sourceMaps: 'inline',
};

/** @param {string} name @param {string} dir */
export function jestProject(name, dir, extra = {}) {
  return {
    displayName: name,
    rootDir: dir,
    testEnvironment: 'node',
    testEnvironmentOptions: { customExportConditions: ['@capaian/source', 'node', 'node-addons'] },
    extensionsToTreatAsEsm: ['.ts'],
    moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
    transform: { '^.+\\.ts$': ['@swc/jest', swcOptions] },
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
    // Services under test start real stores (PGlite, PostgreSQL) on 2 shared cores: allow for a loaded machine.
    testTimeout: 30_000,
    reporters: ['default', [new URL('./tools/jest-summary-reporter.js', import.meta.url).pathname, { name }]],
    ...extra,
  };
}
