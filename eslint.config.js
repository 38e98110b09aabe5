// Type-aware lint, import boundaries and cycle checks. The allowed arrows between
// folders are listed once, in BOUNDARIES; docs/OVERVIEW.md explains them.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

/** folder -> folders under src/ it may import (besides itself). */
const BOUNDARIES = {
  core: [],
  pdf: ['core'],
  requests: ['core'],
  letters: ['core', 'requests'],
  storage: ['core'],
  extraction: ['core'],
  engine: ['core'],
  guidelines: ['core', 'engine'],
  evaluation: ['core'],
  calendar: ['core'],
  lifecycle: ['core', 'calendar'],
  reviewers: ['core'],
  fdl: ['core', 'letters', 'pdf'],
  corpus: ['core', 'letters', 'pdf', 'requests', 'storage'],
  app: [
    'core', 'pdf', 'requests', 'letters', 'storage', 'corpus', 'extraction', 'engine', 'guidelines', 'evaluation',
    'calendar', 'lifecycle', 'reviewers', 'fdl',
  ],
  api: ['app', 'core'],
  jobs: ['app', 'core'],
  cli: ['app', 'core', 'api', 'jobs'],
};

const folders = Object.keys(BOUNDARIES);

const boundaryZones = folders.flatMap((from) =>
  folders
    .filter((to) => to !== from && !BOUNDARIES[from].includes(to))
    .map((to) => ({
      target: `./src/${from}`,
      from: `./src/${to}`,
      message: `src/${from} may not import src/${to} (see BOUNDARIES in eslint.config.js)`,
    })),
);

export default tseslint.config(
  { ignores: ['node_modules/**', 'coverage/**', 'artifacts/**', 'web/dist/**'] },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Other folders are reached through their index.ts only.
              regex: '^\\.\\./(?:\\.\\./)*(core|pdf|requests|letters|storage|extraction|engine|guidelines|evaluation|calendar|lifecycle|reviewers|fdl|corpus|app|api|jobs|cli)/(?!index\\.ts$).+',
              message: "Import another folder through its index.ts only.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**', 'bench/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Plain JavaScript entry points: no type information to lint with.
    files: ['eslint.config.js', 'bin/**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
