import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The engine's layers, lowest first: a folder may import from its own layer and the ones before it,
 * never from a later one (a domain never reaches into the handler table, the search engine never
 * into a service). Cycles between modules are refused everywhere.
 */
const ENGINE_LAYERS = [
  ['text', 'db', 'archive', 'workers'],
  ['search/engine'],
  ['core'],
  ['ocr'],
  ['tags'],
  ['documents'],
  ['drafts'],
  ['collections'],
  ['duplicates'],
  ['tags/rules'],
  ['search'],
  ['selection'],
  ['exchange'],
  ['import'],
  ['originals'],
  ['export'],
  ['review-workspace'],
  ['library'],
  ['api'],
];

/** Files of a layer's folder: only its own files when a sub-folder is a layer of its own (tags/rules). */
function layerTarget(folder) {
  const hasNestedLayer = ENGINE_LAYERS.flat().some((other) => other.startsWith(`${folder}/`));
  return hasNestedLayer ? `./electron/engine/${folder}/*.ts` : `./electron/engine/${folder}`;
}

const layerZones = ENGINE_LAYERS.slice(0, -1).flatMap((layer, index) =>
  layer.map((folder) => {
    const higher = ENGINE_LAYERS.slice(index + 1).flat();
    // search/engine sits below search: a later folder's sub-folder that is a lower layer stays allowed.
    const lowerInside = higher.flatMap((other) =>
      ENGINE_LAYERS.flat()
        .filter((nested) => nested.startsWith(`${other}/`) && !higher.includes(nested))
        .map((nested) => `./${nested.slice(other.length + 1)}`),
    );
    const own = [...new Set(lowerInside)];
    return {
      target: layerTarget(folder),
      from: higher.map((other) => `./electron/engine/${other}`),
      ...(own.length > 0 ? { except: own } : {}),
      message: `Engine layers (eslint.config.js ENGINE_LAYERS): ${folder} may not import from a later layer.`,
    };
  }),
);

export default tseslint.config(
  // The evaluation corpus's generators write Chinese typography (full-width spaces) on purpose.
  { ignores: ['out/', 'dist/', 'node_modules/', 'tests/e2e/artifacts/', 'tests/bench/results/', 'tests/fixtures/eval/**/make/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: ['node:*', '**/electron/**', 'electron', 'better-sqlite3'] }],
    },
  },
  {
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.d.ts'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['electron/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['electron'], patterns: ['**/renderer/**', '**/electron/main/**', '**/electron/server/**', '**/electron/cli/**'] }],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  {
    // SQL lives in the repositories (*-repo.ts): each domain owns the only file that holds its SQL, and
    // its services call named functions. Also allowed: db/ (connection, migrations), core/ (the library,
    // the undo log) and search/engine/ (the index is its own storage). import/ is exempt for now, while
    // it is being rewritten: remove it from `ignores` once its SQL has moved into repositories too.
    files: ['electron/engine/**/*.ts'],
    ignores: [
      'electron/engine/**/*-repo.ts',
      'electron/engine/db/**',
      'electron/engine/core/**',
      'electron/engine/search/engine/**',
      'electron/engine/import/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(prepare|pragma)$/]',
          message: 'SQL belongs in the domain\'s repository (*-repo.ts): add a named function there and call it.',
        },
        {
          // Only with SQL written in place: RegExp.prototype.exec is called on variables everywhere.
          selector: 'CallExpression[callee.property.name="exec"][arguments.0.type=/^(Literal|TemplateLiteral)$/]',
          message: 'SQL belongs in the domain\'s repository (*-repo.ts): add a named function there and call it.',
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
);
