import { act } from 'react'
import {
  concludedCase,
  findByText,
  getByLabel,
  itemElsewhere,
  mockBackend,
  promisedItem,
  rateOnServer,
  renderPage,
  replyToRating,
  resetClock,
  setClock,
  signInAs,
  tap,
  textOf,
  waitFor,
  warmUpTaroComponents,
} from '@/testing'
import { useSessionStore } from '@/stores/session-store'
import RatingStatsPage from './index'

jest.setTimeout(30_000)

beforeAll(() => warmUpTaroComponents(), 30_000)

afterEach(() => resetClock())

function group(container: HTMLElement, name: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`.rating-chart__group[aria-label="${name}"]`)
  if (!found) throw new Error(`no group ${name}`)
  return found
}

function region(container: HTMLElement, name: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`[role="region"][aria-label="${name}"]`)
  if (!found) throw new Error(`no region ${name}`)
  return found
}

/**
 * The known set: four ratings of one department on 2022-03-01 (非常满意 ×2, 不满意 answered by the
 * department, 非常不满意 not yet), and one 满意 of another department and region on 2022-01-15,
 * inside 近 90 天 but not 近 30 天. Then the person signs out: the figures need no login.
 */
async function arrange() {
  mockBackend.app().store.clear()
  const { token } = await signInAs('resident')
  const here = promisedItem()
  const there = itemElsewhere(here)

  await setClock('2022-01-15T10:00:00+08:00')
  const early = await concludedCase(token, there)
  await rateOnServer(token, early.caseNo, { level: 4, tags: [], comment: '' })
  await resetClock()

  for (const input of [
    { level: 5 as const, tags: [], comment: '' },
    { level: 5 as const, tags: [], comment: '很快' },
  ]) {
    const c = await concludedCase(token, here)
    await rateOnServer(token, c.caseNo, input)
  }
  const answered = await concludedCase(token, here)
  const bad = await rateOnServer(token, answered.caseNo, { level: 2, tags: ['efficiency'], comment: '王小明排队两小时' })
  await replyToRating(bad.id, '经核实，当日系统故障', '已更换设备并增设备用窗口')
  const open = await concludedCase(token, here)
  await rateOnServer(token, open.caseNo, { level: 1, tags: ['attitude'], comment: '' })

  act(() => useSessionStore.getState().signOut())
  return { here, there }
}

describe('好差评公示 page', () => {
  it('shows, without login, each department\'s count, level shares as a bar with its text, bad-rating share and rectification rate over 近 30 天', async () => {
    const { here, there } = await arrange()
    const { container } = renderPage(RatingStatsPage)

    await findByText(container, '统计期间：2022年1月31日 至 2022年3月1日')
    expect(getByLabel(container, '近 30 天').getAttribute('aria-checked')).toBe('true')
    expect(getByLabel(container, '按部门').getAttribute('aria-checked')).toBe('true')

    const overall = region(container, '总体情况')
    expect(textOf(overall)).toContain('评价 4 条')
    expect(textOf(overall)).toContain('差评 2 条，差评率 50%')
    expect(textOf(overall)).toContain('已整改 1 条，整改率 50%')

    const dept = await waitFor(() => group(container, here.department.name))
    expect(textOf(dept.querySelector('[role="heading"]')!)).toBe(`${here.department.name}（共 4 条）`)
    expect(textOf(dept.querySelector('.rating-chart__numbers')!)).toBe('非常满意 2（50%） · 满意 0（0%） · 基本满意 0（0%） · 不满意 1（25%） · 非常不满意 1（25%）')
    expect(textOf(dept)).toContain('差评 2 条，差评率 50%')
    expect(textOf(dept)).toContain('已整改 1 条，整改率 50%')
    const bar = dept.querySelector<HTMLElement>('[role="img"]')!
    expect(bar.getAttribute('aria-label')).toBe(`${here.department.name}：共 4 条，非常满意 50%，满意 0%，基本满意 0%，不满意 25%，非常不满意 25%，差评率 50%，整改率 50%`)
    const widths = Array.from(bar.querySelectorAll<HTMLElement>('.rating-chart__segment')).map((s) => s.style.width)
    expect(widths).toEqual(['50%', '25%', '25%'])

    // The other department's only rating is older than 30 days.
    expect(container.querySelector(`.rating-chart__group[aria-label="${there.department.name}"]`)).toBeNull()
    // Who rated and what they wrote are not public.
    expect(textOf(container)).not.toContain('王小明')
    expect(textOf(container)).not.toContain('排队两小时')
  })

  it('changes the period (counted back from the server\'s today), groups by region, and shows a table', async () => {
    const { here, there } = await arrange()
    const { container } = renderPage(RatingStatsPage)
    await findByText(container, '统计期间：2022年1月31日 至 2022年3月1日')

    tap(getByLabel(container, '近 90 天'))
    await findByText(container, '统计期间：2021年12月2日 至 2022年3月1日')
    const other = await waitFor(() => group(container, there.department.name))
    expect(textOf(other.querySelector('.rating-chart__numbers')!)).toBe('非常满意 0（0%） · 满意 1（100%） · 基本满意 0（0%） · 不满意 0（0%） · 非常不满意 0（0%）')
    expect(textOf(other)).toContain('差评 0 条，差评率 0%')
    expect(textOf(other)).toContain('整改率 无差评')
    expect(textOf(region(container, '总体情况'))).toContain('评价 5 条')
    expect(textOf(region(container, '总体情况'))).toContain('差评 2 条，差评率 40%')

    tap(getByLabel(container, '今年'))
    await findByText(container, '统计期间：2022年1月1日 至 2022年3月1日')

    tap(getByLabel(container, '按地区'))
    const byRegion = await waitFor(() => group(container, here.region.name))
    expect(textOf(byRegion.querySelector('[role="heading"]')!)).toBe(`${here.region.name}（共 4 条）`)
    group(container, there.region.name)

    tap(getByLabel(container, '表格'))
    const table = await waitFor(() => {
      const found = container.querySelector<HTMLElement>('[role="table"]')
      if (!found) throw new Error('no table yet')
      return found
    })
    const rows = Array.from(table.querySelectorAll('[role="row"]')).map((row) => Array.from(row.children).map(textOf))
    expect(rows).toEqual([
      ['地区', '评价数', '满意率', '差评率', '整改率'],
      [here.region.name, '4', '50%', '50%', '50%'],
      [there.region.name, '1', '100%', '0%', '无差评'],
    ])
  })
})
