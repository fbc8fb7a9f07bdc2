import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Imports flow one way (ARCHITECTURE.md): shared ← components, lib ← features ← routes. The app never imports the
// builder, a feature never imports another, and shared modules import nothing of either program.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
const builder = { group: ['@/corpus/**', '**/corpus/**'], message: 'The app reads the corpus files, never the builder (src/corpus).' }
const tests = ['**/*.test.ts', '**/*.test.tsx', '**/*.test-utils.ts']
const layers = (files, patterns, ignores = []) => ({ files, ignores: [...tests, ...ignores], rules: { 'no-restricted-imports': ['error', { patterns }] } })

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/corpus', 'src/routeTree.gen.ts', 'test-results', 'playwright-report', 'bench/.generated'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/corpus/**'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // corpus text is data, never markup
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Corpus text is rendered as text only.' }],
    },
  },
  {
    files: ['src/corpus/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{js,ts,mjs}', '*.config.{ts,js}', 'e2e/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  layers(['src/**/*.{ts,tsx}'], [builder], ['src/corpus/**']),
  layers(['src/shared/**/*.ts'], [
    builder,
    { group: ['@/features/**', '@/lib/**', '@/components/**', '@/routes/**'], message: 'src/shared holds pure modules of the contract: no app code.' },
    { group: ['node:*'], message: 'src/shared runs in the browser too: no Node modules.' },
  ]),
  ...features.map((f) =>
    layers([`src/features/${f}/**/*.{ts,tsx}`], [builder, { group: ['@/features/**', `!@/features/${f}/**`, '../../*/**', `!../../${f}/**`], message: 'A feature does not import another feature.' }]),
  ),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
)
