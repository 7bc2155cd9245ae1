import { openStore } from './store'
import { caseRecord } from './fixtures'

/**
 * Child process of durability.test.ts: `tsx write-loop.ts <file> <count> <full|normal>` writes
 * cases one transaction each and prints each case number only after its commit returned (an
 * acknowledged write). The test kills it with SIGKILL mid-loop and checks every printed number.
 */
const [file, countText, durability] = process.argv.slice(2)
const store = openStore({ file, durability: durability === 'normal' ? 'normal' : 'full' })
process.stdout.write('ready\n')
for (let n = 1; n <= Number(countText); n += 1) {
  const record = caseRecord(n)
  store.transaction(() => store.cases.put(record))
  // stdout to a pipe is synchronous on Linux: once this returns the parent can read the line.
  process.stdout.write(`${record.caseNo}\n`)
}
store.close()
