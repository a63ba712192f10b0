// Lint rules for the whole repository. Type-aware rules are left out on purpose: they would double the
// time of `npm run lint` for little gain over `tsc --noEmit`, which CI runs anyway.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-server/', '.tmp/', 'bench/results/', 'data/', 'client/public/sw.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Naming `this` for a nested class (saveTracker's WebSocket subclass) reads better than bind gymnastics.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['tracker'] }],
    },
  },
  {
    // Tests read whatever JSON an endpoint answers with; typing every body would only restate the assertions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Plain Node scripts and configs (not TypeScript): Node's globals.
    files: ['**/*.{mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', module: 'writable', require: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Server code logs through pino (server/logger.ts) so that every line is structured and levelled.
    files: ['server/**/*.ts'],
    ignores: ['server/start.ts'],
    rules: { 'no-console': 'error' },
  },
);
