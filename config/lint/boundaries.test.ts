// Every import boundary of eslint.config.mjs, broken on purpose once (the rule must fire with its
// message) and kept once (no error). The snippets import real modules, picked from the tree at run
// time, because import/no-restricted-paths only judges imports it can resolve.
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(__dirname, '../..')

interface Message {
  ruleId: string | null
  severity: number
  message: string
  line: number
}

/** A source module under `dir` (repo-relative, without extension): the first in name order, tests and type declarations left out. */
function moduleIn(dir: string, skip: readonly string[] = []): string {
  const entries = readdirSync(path.join(root, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
  for (const entry of entries) {
    const file = `${dir}/${entry.name}`
    if (entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) && !skip.includes(file)) {
      return file.replace(/\.tsx?$/, '')
    }
  }
  for (const entry of entries) {
    if (entry.isDirectory()) {
      try {
        return moduleIn(`${dir}/${entry.name}`, skip)
      } catch {
        // nothing importable in this folder; try the next
      }
    }
  }
  throw new Error(`no source module under ${dir}`)
}

const features = readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
const [featureA, featureB] = features
const routeA = moduleIn('mock/routes')
const routeB = moduleIn('mock/routes', [`${routeA}.ts`, `${routeA}.tsx`])

/** `@/…` for a module under src, `@contract/…` under types. */
const alias = (module: string) => module.replace(/^src\//, '@/').replace(/^types\//, '@contract/')

/** The import path from `filePath` to `module`, as a relative specifier. */
function relative(filePath: string, module: string): string {
  const spec = path.relative(path.dirname(filePath), module)
  return spec.startsWith('.') ? spec : `./${spec}`
}

interface Case {
  name: string
  filePath: string
  specifier: string
  /** The rule that must report the import; absent: the import is allowed, no error at all. */
  rule?: 'import/no-restricted-paths' | 'no-restricted-imports' | '@typescript-eslint/no-restricted-imports'
  /** A phrase of the boundary's own message, so the right zone fired (not merely some zone). */
  says?: string
  /** The snippet, when a side-effect import of `specifier` does not say it. */
  code?: string
}

const mockLib = moduleIn('mock/lib')
const mockSupport = moduleIn('mock/test-support')
const service = moduleIn('src/services')
const domain = moduleIn('src/domain')

const cases: Case[] = [
  // features ↛ other features
  {
    name: 'a feature importing another feature',
    filePath: `src/features/${featureA}/lint-probe.ts`,
    specifier: alias(moduleIn(`src/features/${featureB}`)),
    rule: 'import/no-restricted-paths',
    says: 'A feature must not import another feature',
  },
  {
    name: 'a feature test importing another feature',
    filePath: `src/features/${featureA}/lint-probe.test.ts`,
    specifier: alias(moduleIn(`src/features/${featureB}`)),
    rule: 'import/no-restricted-paths',
    says: 'A feature must not import another feature',
  },
  { name: 'a feature importing itself', filePath: `src/features/${featureB}/lint-probe.ts`, specifier: alias(moduleIn(`src/features/${featureB}`)) },
  { name: 'a feature importing a service', filePath: `src/features/${featureA}/lint-probe.ts`, specifier: alias(service) },

  // one way: shared layers ↛ features and pages; features ↛ pages
  {
    name: 'a service importing a feature',
    filePath: 'src/services/lint-probe.ts',
    specifier: alias(moduleIn(`src/features/${featureA}`)),
    rule: 'import/no-restricted-paths',
    says: 'Shared layers',
  },
  {
    name: 'a component importing a page',
    filePath: 'src/components/lint-probe.tsx',
    specifier: alias(moduleIn('src/pages')),
    rule: 'import/no-restricted-paths',
    says: 'Shared layers',
  },
  {
    name: 'a feature importing a page',
    filePath: `src/features/${featureA}/lint-probe.ts`,
    specifier: alias(moduleIn('src/packages')),
    rule: 'import/no-restricted-paths',
    says: 'A feature must not import a page',
  },
  { name: 'a component importing a service', filePath: 'src/components/lint-probe.tsx', specifier: alias(service) },

  // src ↛ mock (tests and src/testing: mock/test-support only)
  {
    name: 'app code importing the mock',
    filePath: 'src/services/lint-probe.ts',
    specifier: relative('src/services/lint-probe.ts', mockLib),
    rule: 'import/no-restricted-paths',
    says: 'App code must not import the mock backend',
  },
  {
    name: 'app code importing mock/test-support',
    filePath: `src/features/${featureA}/lint-probe.ts`,
    specifier: relative(`src/features/${featureA}/lint-probe.ts`, mockSupport),
    rule: 'import/no-restricted-paths',
    says: 'App code must not import the mock backend',
  },
  {
    name: 'an app test importing mock/lib',
    filePath: `src/features/${featureA}/lint-probe.test.tsx`,
    specifier: relative(`src/features/${featureA}/lint-probe.test.tsx`, mockLib),
    rule: 'import/no-restricted-paths',
    says: 'may import only mock/test-support',
  },
  {
    name: 'an app test importing mock/test-support',
    filePath: `src/features/${featureA}/lint-probe.test.tsx`,
    specifier: relative(`src/features/${featureA}/lint-probe.test.tsx`, mockSupport),
  },
  {
    name: 'src/testing importing mock/test-support',
    filePath: 'src/testing/lint-probe.ts',
    specifier: relative('src/testing/lint-probe.ts', mockSupport),
  },

  // src/domain ↛ Taro, React, the rest of src
  {
    name: 'the domain importing Taro',
    filePath: 'src/domain/lint-probe.ts',
    specifier: '@tarojs/taro',
    rule: 'no-restricted-imports',
    says: 'keep Taro and React in features',
  },
  {
    name: 'the domain importing React',
    filePath: 'src/domain/lint-probe.ts',
    specifier: 'react',
    rule: 'no-restricted-imports',
    says: 'keep Taro and React in features',
  },
  {
    name: 'the domain importing a service',
    filePath: 'src/domain/lint-probe.ts',
    specifier: alias(service),
    rule: 'import/no-restricted-paths',
    says: 'src/domain holds the plain rules',
  },
  { name: 'the domain importing itself', filePath: 'src/domain/lint-probe.ts', specifier: relative('src/domain/lint-probe.ts', domain) },

  // pages ↛ mock
  {
    name: 'a page importing the mock',
    filePath: 'src/pages/index/lint-probe.tsx',
    specifier: relative('src/pages/index/lint-probe.tsx', mockLib),
    rule: 'import/no-restricted-paths',
    says: 'A page must not import the mock backend',
  },
  {
    name: 'a subpackage page importing the mock',
    filePath: 'src/packages/apply/lint-probe/index.tsx',
    specifier: relative('src/packages/apply/lint-probe/index.tsx', mockSupport),
    rule: 'import/no-restricted-paths',
    says: 'A page must not import the mock backend',
  },
  {
    name: 'a page importing features',
    filePath: 'src/pages/index/lint-probe.tsx',
    specifier: alias(moduleIn(`src/features/${featureA}`)),
  },

  // types ↛ src, mock
  {
    name: 'the contract importing src',
    filePath: 'types/lint-probe.ts',
    specifier: alias(domain),
    rule: 'import/no-restricted-paths',
    says: 'types/ is the type-only contract',
  },
  {
    name: 'the contract importing the mock',
    filePath: 'types/lint-probe.ts',
    specifier: relative('types/lint-probe.ts', mockLib),
    rule: 'import/no-restricted-paths',
    says: 'types/ is the type-only contract',
  },
  { name: 'the contract importing itself', filePath: 'types/lint-probe.ts', specifier: alias(moduleIn('types')) },

  // mock/routes ↛ other routes; mock ↛ src except src/domain
  {
    name: 'a route importing another route',
    filePath: `${routeA}.ts`,
    specifier: relative(`${routeA}.ts`, routeB),
    rule: 'import/no-restricted-paths',
    says: 'A route module must not import another route module',
  },
  { name: 'a route importing mock/lib', filePath: `${routeA}.ts`, specifier: relative(`${routeA}.ts`, mockLib) },
  {
    name: 'a route loading the seed at run time',
    filePath: `${routeA}.ts`,
    specifier: '../seed',
    rule: '@typescript-eslint/no-restricted-imports',
    says: 'A route must not load the seed at run time',
  },
  {
    name: 'a route importing a seed type',
    filePath: `${routeA}.ts`,
    specifier: '../seed/types',
    code: "import type { Seed } from '../seed/types'\nexport type S = Seed\n",
  },
  { name: 'a route test importing its route', filePath: `${routeA}.test.ts`, specifier: relative(`${routeA}.test.ts`, routeA) },
  { name: 'a route test importing another route', filePath: `${routeA}.test.ts`, specifier: relative(`${routeA}.test.ts`, routeB) },
  {
    name: 'the mock importing app code',
    filePath: 'mock/lib/lint-probe.ts',
    specifier: alias(service),
    rule: 'import/no-restricted-paths',
    says: 'The mock may import only src/domain',
  },
  { name: 'the mock importing the domain', filePath: 'mock/lib/lint-probe.ts', specifier: alias(domain) },
]

function lint(snippets: { code: string; filePath: string }[]): Message[][] {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'lint-snippets.mjs')], {
    cwd: root,
    input: JSON.stringify(snippets),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  })
  return JSON.parse(out) as Message[][]
}

// Linted in the same process as the boundary cases (one ESLint start-up for the whole file).
// `ruleIds`: the errors expected; an unused directive is reported without a rule id (null).
const disableComments = [
  {
    name: 'one without a reason is an error',
    code: '// eslint-disable-next-line no-control-regex\nexport const c = /\\u0000/\n',
    ruleIds: ['local/disable-reason'],
  },
  {
    name: 'one with a reason that suppresses a report passes',
    code: '// eslint-disable-next-line no-control-regex -- a control character is the point\nexport const c = /\\u0000/\n',
    ruleIds: [],
  },
  {
    name: 'one that suppresses nothing is an error',
    code: '// eslint-disable-next-line no-control-regex -- stale\nexport const c = 1\n',
    ruleIds: [null],
  },
]

let results: Message[][]
let disableResults: Message[][]

beforeAll(() => {
  const all = lint([
    // A side-effect import: the boundary rules judge it like any other, and no unused name muddies the result.
    ...cases.map(({ filePath, specifier, code }) => ({ filePath, code: code ?? `import '${specifier}'\n` })),
    ...disableComments.map(({ code }) => ({ filePath: 'mock/lib/lint-probe.ts', code })),
  ])
  results = all.slice(0, cases.length)
  disableResults = all.slice(cases.length)
}, 120_000)

describe('import boundaries (eslint.config.mjs)', () => {
  test.each(cases.map((c, index) => [c.name, c, index] as const))('%s', (_name, c, index) => {
    const errors = results[index].filter((m) => m.severity === 2)
    expect(errors.filter((m) => m.ruleId === 'import/no-unresolved')).toEqual([])
    if (c.rule) {
      const fired = errors.filter((m) => m.ruleId === c.rule)
      expect(fired).toHaveLength(1)
      expect(fired[0].message).toContain(c.says)
    } else {
      expect(errors).toEqual([])
    }
  })

  test('every boundary message says what to do instead', () => {
    for (const [index, c] of cases.entries()) {
      if (!c.rule) continue
      const [fired] = results[index].filter((m) => m.ruleId === c.rule)
      // The message of the zone, after the rule's own "Unexpected path … imported in restricted zone."
      expect(fired.message).toMatch(/\b(move|use|put|pass|keep|declare|let|call|add|compose|take|read)\b/)
      expect(fired.message.trim()).toMatch(/[.]$/)
    }
  })
})

describe('eslint-disable comments', () => {
  test.each(disableComments.map((c, index) => [c.name, c, index] as const))('%s', (_name, c, index) => {
    const errors = disableResults[index].filter((m) => m.severity === 2)
    expect(errors.map((m) => m.ruleId)).toEqual(c.ruleIds)
  })
})
