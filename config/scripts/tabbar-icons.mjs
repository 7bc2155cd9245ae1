// Renders the tab-bar icons (WeChat wants PNG files, ≤ 40 KB, ~81×81) from inline SVG with the
// project's Chromium, so the committed PNGs can be regenerated: node config/scripts/tabbar-icons.mjs
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'

const OUT = path.resolve(import.meta.dirname, '../../src/assets/tabbar')
const COLORS = { normal: '#4b5563', active: '#0b57d0' }

// 24×24 outline glyphs, drawn thick so they read at small sizes.
const GLYPHS = {
  home: '<path d="M3 10.5 12 3l9 7.5V21h-6v-6H9v6H3z"/>',
  catalogue: '<rect x="3" y="3" width="7.5" height="7.5" rx="1.5"/><rect x="13.5" y="3" width="7.5" height="7.5" rx="1.5"/><rect x="3" y="13.5" width="7.5" height="7.5" rx="1.5"/><rect x="13.5" y="13.5" width="7.5" height="7.5" rx="1.5"/>',
  mine: '<circle cx="12" cy="8" r="4.5"/><path d="M3.5 21c0-4.7 3.8-8 8.5-8s8.5 3.3 8.5 8"/>',
  // 办件: a clipboard with a tick, a case that is being worked through.
  cases: '<rect x="4.5" y="4" width="15" height="17.5" rx="1.5"/><path d="M9 4V2.5h6V4"/><path d="M8.5 13l2.5 2.5 4.5-5"/>',
}

// `node config/scripts/tabbar-icons.mjs cases` renders only the named icons, leaving the others' bytes alone.
const only = process.argv.slice(2)
const wanted = Object.entries(GLYPHS).filter(([name]) => only.length === 0 || only.includes(name))

const userDataDir = mkdtempSync(path.join(tmpdir(), 'tabbar-icons-'))
const browser = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 81, height: 81 },
})
try {
  const page = await browser.newPage()
  for (const [name, glyph] of wanted) {
    for (const [state, color] of Object.entries(COLORS)) {
      await page.setContent(`<html><body style="margin:0;background:transparent"><svg xmlns="http://www.w3.org/2000/svg" width="81" height="81" viewBox="-1 -1 26 26" fill="none" stroke="${color}" stroke-width="2" stroke-linejoin="round" stroke-linecap="round">${glyph}</svg></body></html>`)
      const file = path.join(OUT, `${name}${state === 'active' ? '-active' : ''}.png`)
      await page.locator('svg').screenshot({ path: file, omitBackground: true })
      process.stdout.write(`${path.relative(process.cwd(), file)}\n`)
    }
  }
} finally {
  await browser.close()
  rmSync(userDataDir, { recursive: true, force: true })
}
