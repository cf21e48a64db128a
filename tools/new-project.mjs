// usage: node scripts_newproj.mjs <dir> <name> <tags,comma> [deps,comma]
import fs from 'node:fs';
const [dir, name, tags, deps] = process.argv.slice(2);
fs.mkdirSync(dir + '/src', { recursive: true });
const depth = dir.split('/').length;
const up = '../'.repeat(depth);
const pkg = {
  name,
  version: '0.1.0',
  private: true,
  type: 'module',
  exports: { '.': { '@capaian/source': './src/index.ts', types: './dist/index.d.ts', default: './dist/index.js' } },
  scripts: {
    build: 'tsc -b',
    lint: 'eslint src',
    test: `node --experimental-vm-modules --no-warnings=ExperimentalWarning ${up}node_modules/jest/bin/jest.js`,
  },
  dependencies: Object.fromEntries((deps ? deps.split(',') : []).map((d) => [d, '*'])),
  nx: { tags: tags.split(',') },
};
if (!fs.existsSync(dir + '/package.json')) fs.writeFileSync(dir + '/package.json', JSON.stringify(pkg, null, 2) + '\n');
const refs = (deps ? deps.split(',') : []).filter((d) => d.startsWith('@capaian/')).map((d) => ({ path: `${up}libs/${d.slice(9)}` }));
fs.writeFileSync(
  dir + '/tsconfig.json',
  JSON.stringify(
    {
      extends: `${up}tsconfig.base.json`,
      compilerOptions: { rootDir: 'src', outDir: 'dist', tsBuildInfoFile: 'dist/tsconfig.tsbuildinfo' },
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.spec.ts', 'src/**/*.test-helpers.ts'],
      references: refs,
    },
    null,
    2,
  ) + '\n',
);
fs.writeFileSync(dir + '/jest.config.js', `import { jestProject } from '${up}jest.preset.js';\nexport default jestProject('${name.replace('@capaian/', '')}', import.meta.dirname);\n`);
if (!fs.existsSync(dir + '/src/index.ts')) fs.writeFileSync(dir + '/src/index.ts', 'export {};\n');
