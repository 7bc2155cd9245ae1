// Lints code snippets as if they were files at the given paths, with the repo's eslint.config.mjs.
// stdin: [{ "code": "...", "filePath": "src/features/cases/x.ts" }, ...]; stdout: one message list per snippet.
// Its own process because ESLint loads its config with a dynamic import(), which Jest's module
// sandbox refuses without --experimental-vm-modules; boundaries.test.ts runs this once for all cases.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const snippets = JSON.parse(readFileSync(0, 'utf8'))
// Unresolved imports are errors here: import/no-restricted-paths skips what it cannot resolve, so an
// allowed case must not pass merely because its import pointed nowhere.
const eslint = new ESLint({ cwd: root, overrideConfig: { rules: { 'import/no-unresolved': 'error' } } })

const results = []
for (const { code, filePath } of snippets) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath), warnIgnored: true })
  results.push(result.messages.map(({ ruleId, severity, message, line }) => ({ ruleId, severity, message, line })))
}
process.stdout.write(JSON.stringify(results))
