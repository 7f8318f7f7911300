// Lint with zero warnings. The layer rules keep the house in order (docs/architecture.md, "The parts"):
// yjs only in shared/model, renderer/sync and lib-internals, electron only in electron/, and shared/ stays
// isomorphic (nothing from renderer/ or electron/, no DOM-only or Node-only modules).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const yjsModules = ['yjs', 'y-indexeddb', 'y-webrtc', 'y-protocols', 'y-protocols/*'];
const noYjs = {
  group: yjsModules,
  message: 'Yjs lives in shared/model, renderer/sync and lib-internals only.',
};
const noElectron = { group: ['electron', 'electron/*'], message: 'electron is imported in electron/ only.' };
// Test doubles and test data live in folders named testing/, which only tests import.
const noTesting = { group: ['**/testing', '**/testing/*'], message: 'testing/ is for tests only.' };
const testingFolders = ['**/testing/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/sync/**', 'renderer/**/*.test.ts', ...testingFolders],
    rules: { 'no-restricted-imports': ['error', { patterns: [noYjs, noElectron, noTesting] }] },
  },
  {
    // A renderer test may make the document it reads (new Y.Doc()); the code it tests may not.
    files: ['renderer/**/*.test.ts'],
    ignores: ['renderer/sync/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron] }] },
  },
  {
    files: ['renderer/sync/**/*.{ts,tsx}'],
    ignores: testingFolders,
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noTesting] }] },
  },
  {
    files: ['lib-internals/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noTesting] }] },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: testingFolders,
    rules: { 'no-restricted-imports': ['error', { patterns: [noTesting] }] },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/model/**', ...testingFolders],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noYjs,
            noElectron,
            noTesting,
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'shared/ must not import renderer/ or electron/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/model/**/*.ts'],
    ignores: testingFolders,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            noTesting,
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'shared/ must not import renderer/ or electron/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '*',
                '!electron',
                '!../',
                '!../../',
                '!../../shared/',
                '../../shared/*',
                '!../../shared/ipc',
                '!../../shared/ipc.js',
              ],
              message: 'The preload imports only electron (and types from shared/ipc).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.{ts,mjs}', 'scripts/**/*.mjs', '**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
