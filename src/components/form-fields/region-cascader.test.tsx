import { View } from '@tarojs/components'
import { useState } from 'react'
import type { RegionField } from '@contract/application'
import { testCatalogue } from '../../../mock/test-support/test-app'
import { cachedRegionChildren, listRegionChildren } from '@/services/api/regions'
import { getByLabel, mockBackend, renderPage, tap, textOf, waitFor, warmUpTaroComponents } from '@/testing'
import { RegionCascader } from './region-cascader'
import type { RegionPick } from './values'

const regions = () => testCatalogue().seed.regions
const regionRequests = () => mockBackend.requests().filter((r) => r.endsWith('/regions')).length

function field(key: string, label: string, level: RegionField['level']): RegionField {
  return { kind: 'region', key, label, required: true, hint: null, placeholder: null, level }
}

/** Two region fields of one form, as an application form with 出生地 and 落户地 has them. */
function TwoCascaders() {
  const [home, setHome] = useState<RegionPick[]>([])
  const [village, setVillage] = useState<RegionPick[]>([])
  return (
    <View>
      <RegionCascader field={field('home', '出生地', 'township')} path={home} idPrefix='a' onChange={setHome} />
      <RegionCascader field={field('village', '所在村', 'village')} path={village} idPrefix='b' summaryName='所在村（社区）' look='plain' onChange={setVillage} />
    </View>
  )
}

/** The block of one cascader, by its id. */
const block = (container: HTMLElement, id: string) => container.querySelector<HTMLElement>(`#${id}`)!

beforeAll(() => warmUpTaroComponents(), 30_000)

describe('the one region cache', () => {
  it('asks the server once per parent, however many ask for it at the same time', async () => {
    const county = regions().find((r) => r.name === '南安市')!
    const before = regionRequests()
    const [first, second] = await Promise.all([listRegionChildren(county.code), listRegionChildren(county.code)])
    expect(first.length).toBeGreaterThan(0)
    expect(second).toBe(first)
    expect(await listRegionChildren(county.code)).toBe(first)
    expect(cachedRegionChildren(county.code)).toBe(first)
    expect(regionRequests() - before).toBe(1)
  })

  it('does not keep a lost answer: asking again after a failure goes to the server', async () => {
    const county = regions().find((r) => r.name === '安溪县')!
    // The request and both of the HTTP layer's own retries are lost.
    mockBackend.failNextRequests(3)
    await expect(listRegionChildren(county.code)).rejects.toMatchObject({ kind: 'network' })
    expect(cachedRegionChildren(county.code)).toBeUndefined()
    const townships = await listRegionChildren(county.code)
    expect(townships.map((r) => r.parent)).toEqual(townships.map(() => county.code))
  })

  it('is shared by every cascader on the page: each level is loaded once, whichever field opens it', async () => {
    const jinjiang = regions().find((r) => r.name === '晋江市')!
    const township = regions().filter((r) => r.parent === jinjiang.code)[0]
    const before = regionRequests()
    const { container } = renderPage(TwoCascaders)

    // Both fields show the 13 service regions from one request.
    await waitFor(() => {
      expect(getByLabel(block(container, 'a-home'), '晋江市')).toBeTruthy()
      expect(getByLabel(block(container, 'b-village'), '晋江市')).toBeTruthy()
    })
    tap(getByLabel(block(container, 'a-home'), '晋江市'))
    await waitFor(() => getByLabel(block(container, 'a-home'), township.name))
    tap(getByLabel(block(container, 'a-home'), township.name))
    await waitFor(() => expect(getByLabel(block(container, 'a-home'), `出生地（必填），已选：晋江市 / ${township.name}`)).toBeTruthy())

    // The other field goes down the same way: the levels it opens are already there.
    const afterFirst = regionRequests()
    tap(getByLabel(block(container, 'b-village'), '晋江市'))
    tap(getByLabel(block(container, 'b-village'), township.name))
    await waitFor(() => expect(textOf(block(container, 'b-village'))).toContain(`晋江市 / ${township.name}`))
    // Only the villages are new.
    await waitFor(() => expect(block(container, 'b-village').querySelectorAll('.region-cascader__option').length).toBeGreaterThan(0))
    expect(afterFirst - before).toBe(2)
    expect(regionRequests() - afterFirst).toBe(1)
    expect(getByLabel(block(container, 'b-village'), `所在村（社区），已选：晋江市 / ${township.name}`)).toBeTruthy()
  })
})
