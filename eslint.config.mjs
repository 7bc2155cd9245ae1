// One lint for the whole tree: generic TypeScript and React hooks rules, plus the one-way imports
// (ARCHITECTURE.md) held as errors, so a boundary broken by mistake fails `npm run lint` / `npm test`.
// Not type-checked on purpose: the type-aware presets parse the whole program and CI has 2 cores;
// tsc already runs in `npm test`. config/lint/boundaries.test.ts proves every boundary below fires.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'eslint/config'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import importPlugin from 'eslint-plugin-import'
import globals from 'globals'
import local from './config/lint/local-rules.mjs'

const root = path.dirname(fileURLToPath(import.meta.url))

/** Sub-folders of a folder, read at lint time so a new feature or route gets its zone without an edit here. */
const entries = (dir, keep) =>
  fs.readdirSync(path.join(root, dir), { withFileTypes: true }).filter(keep).map((entry) => entry.name)

const features = entries('src/features', (entry) => entry.isDirectory())
// Route modules, tests left out: a test may drive several routes and use their exported messages.
const routes = entries('mock/routes', (entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))

const TESTS = ['src/**/*.test.{ts,tsx}', 'src/testing/**']
const PAGES = ['src/pages/**', 'src/packages/**']

// --- zones for import/no-restricted-paths (paths relative to the repo root) -----------------------

const featureZones = features.map((feature) => ({
  target: `src/features/${feature}`,
  from: 'src/features',
  except: [`./${feature}`],
  message:
    `A feature must not import another feature: move what src/features/${feature} needs from it into a shared ` +
    'layer (src/domain for rules, src/services for API calls, src/components or src/hooks for UI, src/stores for state), ' +
    'or let the page in src/pages or src/packages compose both features.',
}))

const domainZone = {
  target: 'src/domain',
  from: 'src',
  except: ['./domain'],
  message:
    'src/domain holds the plain rules shared by the app and the mock, so it imports only itself (and types/): ' +
    'pass the values in as arguments instead of importing them from the rest of src.',
}

// ARCHITECTURE.md: imports flow one way, types → services → stores/features → pages. (stores may
// take a feature's type, e.g. the application draft, so they are left out.)
const SHARED_LAYERS = ['src/components', 'src/hooks', 'src/services', 'src/utils', 'src/constants', 'src/theme']

const sharedLayerZone = {
  target: SHARED_LAYERS,
  from: ['src/features', 'src/pages', 'src/packages'],
  message:
    'Shared layers (components, hooks, services, utils, constants, theme) sit below features and pages: move what ' +
    'this file needs down into a shared layer or src/domain, or let the caller pass it in as a prop or argument.',
}

const featureToPageZone = {
  target: 'src/features',
  from: ['src/pages', 'src/packages'],
  message:
    'A feature must not import a page: pages compose features, not the other way round; move the shared code ' +
    'into the feature or a shared layer and import it from there in both.',
}

const srcToMockZone = {
  target: 'src',
  from: 'mock',
  message:
    'App code must not import the mock backend: call it over HTTP through src/services/api, take data types from ' +
    '@contract/ (types/), and put a rule both sides need in src/domain.',
}

const pagesToMockZone = {
  target: PAGES,
  from: 'mock',
  message:
    'A page must not import the mock backend: compose feature components, which get their data through ' +
    'src/services/api, and take types from @contract/ (types/).',
}

const testsToMockZone = {
  target: 'src',
  from: 'mock',
  except: ['./test-support'],
  message:
    'App tests and src/testing may import only mock/test-support from the mock: use its world builders and test app ' +
    '(through src/testing), or add what you need to mock/test-support instead of reaching into mock/lib, routes or seed.',
}

const typesZone = {
  target: 'types',
  from: ['src', 'mock'],
  message:
    'types/ is the type-only contract between the app and the mock, so it imports neither: declare the type here ' +
    '(or in another file under types/) and let src and mock import it from @contract/.',
}

const mockToSrcZone = {
  target: 'mock',
  from: 'src',
  except: ['./domain'],
  message:
    'The mock may import only src/domain from the app (the rules both sides apply): move the shared rule into ' +
    'src/domain, or the type into types/.',
}

const routeZones = routes.map((route) => ({
  target: `mock/routes/${route}`,
  from: 'mock/routes',
  except: [`./${route}`],
  message:
    'A route module must not import another route module: move the shared code (validation, records, lookups, ' +
    'constants) into mock/lib and import it from there in both routes.',
}))

const restrictedPaths = (...zones) => ['error', { zones: zones.flat(), basePath: root }]

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.taro-cache/**',
      '.swc/**',
      'mock/.data/**',
      'e2e/.artifacts/**',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { import: importPlugin, local },
    settings: {
      'import/resolver': {
        typescript: { project: path.join(root, 'tsconfig.json') },
        node: true,
      },
      'import/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
    },
    rules: {
      'local/disable-reason': 'error',
      // `_`-prefixed names are deliberately unused (a parameter kept for its position, a rest sibling).
      '@typescript-eslint/no-unused-vars': ['error', {
        argsIgnorePattern: '^_',
        varsIgnorePattern: '^_',
        caughtErrorsIgnorePattern: '^_',
        ignoreRestSiblings: true,
      }],
    },
  },
  {
    // React lives in src only; the mock, config and e2e run on Node.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Only the two classic hooks rules: the React Compiler rules of plugin v7 assume the compiler.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['mock/**', 'config/**', 'e2e/**', '*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{js,cjs}'],
    ignores: ['**/*.mjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // --- boundaries. Each file gets exactly one of these blocks (files/ignores are disjoint), because a
  // later block's options for the same rule replace an earlier block's instead of adding to them.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [...TESTS, ...PAGES],
    rules: { 'import/no-restricted-paths': restrictedPaths(featureZones, featureToPageZone, sharedLayerZone, domainZone, srcToMockZone) },
  },
  {
    files: PAGES,
    ignores: TESTS,
    rules: { 'import/no-restricted-paths': restrictedPaths(pagesToMockZone) },
  },
  {
    files: TESTS,
    rules: { 'import/no-restricted-paths': restrictedPaths(featureZones, featureToPageZone, sharedLayerZone, domainZone, testsToMockZone) },
  },
  {
    files: ['types/**'],
    rules: { 'import/no-restricted-paths': restrictedPaths(typesZone) },
  },
  {
    files: ['mock/**'],
    rules: { 'import/no-restricted-paths': restrictedPaths(mockToSrcZone, routeZones) },
  },
  {
    // Issue 11: routes read the seed through the context (lookup, index, certificateTypes) that mock/app.ts
    // builds once; a run-time import would load a second copy. Its types are fine.
    files: ['mock/routes/**'],
    ignores: ['mock/routes/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{
          group: ['**/seed', '**/seed/*'],
          allowTypeImports: true,
          message:
            'A route must not load the seed at run time: read it through the AppContext and SeedLookup it is given ' +
            '(or a helper in mock/lib); `import type` from the seed is fine.',
        }],
      }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['@tarojs/*', 'react', 'react/*', 'react-dom', 'react-dom/*'],
          message:
            'src/domain is plain TypeScript shared with the mock (which runs on Node): keep Taro and React in ' +
            'features, components and hooks, and pass values into the rule as arguments.',
        }],
      }],
    },
  },
)
