import Taro from '@tarojs/taro'
import type { ELicense } from '@contract/application'
import type { Page } from '@contract/common'
import { findByText, getButton, mockBackend, renderPage, signInAs, tap, textOf, waitFor, warmUpTaroComponents } from '@/testing'
import LicensesPage from './index'

jest.setTimeout(20_000)
beforeAll(() => warmUpTaroComponents(), 30_000)
beforeEach(() => mockBackend.app().store.clear())

describe('我的电子证照 page', () => {
  it('lists the licenses found under the verified identity, numbers masked as the server sends them', async () => {
    const { token } = await signInAs('resident')
    const licenses = (await mockBackend.app().get<Page<ELicense>>('/api/v1/me/licenses', { token })).body.items
    expect(licenses.length).toBeGreaterThan(0)
    const { container } = renderPage(LicensesPage)
    const list = await waitFor(() => {
      const found = container.querySelector<HTMLElement>('[role="list"][aria-label="我的电子证照"]')
      if (!found) throw new Error('no list yet')
      return found
    })
    const cards = Array.from(list.querySelectorAll('[role="listitem"]')).map(textOf)
    expect(cards).toHaveLength(licenses.length)
    for (const [i, license] of licenses.entries()) {
      expect(cards[i]).toContain(license.type)
      expect(cards[i]).toContain(`证照编号 ${license.number}`)
    }
  })

  it('asks an unverified person to verify first', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    await signInAs('resident', { verified: false })
    const { container } = renderPage(LicensesPage)
    await findByText(container, '实名认证后查看电子证照')
    tap(getButton(container, '去实名认证'))
    await waitFor(() => expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/apply/identity/index?kind=personal' }))
  })
})
