import { findByText, JPEG_BYTES, mockBackend, renderPage, signInAs, textOf, warmUpTaroComponents } from '@/testing'
import ReceiptPage from './index'

jest.setTimeout(20_000)
beforeAll(() => warmUpTaroComponents(), 30_000)
beforeEach(() => mockBackend.app().store.clear())

describe('fees on the receipt', () => {
  it('a charged item’s receipt states the fee, its basis and where it is paid', async () => {
    const { token } = await signInAs('resident')
    const item = mockBackend.app().seed.items.find((i) => i.palm && i.fee.charged && i.region.code === '350500000000' && i.name === '居民身份证换领')!
    const schema = (await mockBackend.app().get<{ materials: { key: string; required: boolean }[] }>(`/api/v1/items/${item.id}/form`, { token })).body
    const upload = new FormData()
    upload.append('file', new File([JPEG_BYTES], 'a.jpg', { type: 'image/jpeg' }))
    const file = (await (await mockBackend.app().app.request('/api/v1/uploads', { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: upload })).json()) as { fileId: string }
    const created = await mockBackend.app().post<{ caseNo: string }>('/api/v1/applications', {
      token,
      headers: { 'Idempotency-Key': 'fee-test-key-0001' },
      json: {
        itemId: item.id,
        applicantKind: 'personal',
        fields: { reason: 'expired', pickup: 'window', phone: '13905950000' },
        materials: schema.materials.filter((m) => m.required).map((m) => ({ key: m.key, fileIds: [file.fileId], licenseId: null })),
        commitmentAccepted: false,
      },
    })
    expect(created.status).toBe(201)
    const { container } = renderPage(ReceiptPage, { caseNo: created.body.caseNo })
    await findByText(container, '费用')
    const receipt = textOf(container.querySelector('[role="region"][aria-label="回执"]')!)
    expect(receipt).toContain(item.fee.description)
    expect(receipt).toContain(`收费依据：${item.fee.basis}`)
    expect(receipt).toContain('在窗口领取或办理时缴纳')
  })

})
