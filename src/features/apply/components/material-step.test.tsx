import { Text } from '@tarojs/components'
import { useState } from 'react'
import type { FormSchema } from '@contract/application'
import {
  findButton,
  findByText,
  getButton,
  getByLabel,
  JPEG_BYTES,
  mockBackend,
  photo,
  pickPhotos,
  PNG_BYTES,
  renderPage,
  signInAs,
  tap,
  testCatalogue,
  textOf,
  waitFor,
  warmUpTaroComponents,
} from '@/testing'
import { PageShell } from '@/components/page-shell'
import { idNumberCheckChar } from '@/domain/identity'
import type { MaterialDraft } from '../draft-types'
import { checkMaterials } from '../materials'
import { MaterialStep } from './material-step'

// 普通护照签发 (city level): 居民身份证 (may be an e-license), an application form and a photo, all required.
const ITEM_NAME = '普通护照签发'
const ID_CARD = '居民身份证'
const PHOTO = '近期免冠彩色证件照片'
// The verified cadre's own ID number (陈静).
const CADRE_ID_NUMBER = `35058219850612301${idNumberCheckChar('35058219850612301')}`

let schema: FormSchema
/** What the form would keep in its draft: only what MaterialStep reported through onChange. */
let draft: Record<string, MaterialDraft> = {}
let busyReports: boolean[] = []

function Harness() {
  const [materials, setMaterials] = useState<Record<string, MaterialDraft>>({})
  const [busy, setBusy] = useState(false)
  draft = materials
  return (
    <PageShell>
      <MaterialStep
        schema={schema}
        materials={materials}
        onChange={(key, next) => setMaterials((all) => ({ ...all, [key]: next }))}
        errors={checkMaterials(schema, materials)}
        onBusyChange={(b) => {
          busyReports.push(b)
          setBusy(b)
        }}
      />
      <Text className='harness-busy'>{busy ? '有文件正在上传' : '没有文件在上传'}</Text>
    </PageShell>
  )
}

function keyOf(name: string): string {
  const material = schema.materials.find((m) => m.name === name)
  if (!material) throw new Error(`no material ${name}`)
  return material.key
}

/** The card of one material, by its heading. */
function card(container: HTMLElement, name: string): HTMLElement {
  const heading = Array.from(container.querySelectorAll('[role="heading"]')).find((h) => textOf(h).endsWith(`. ${name}`))
  if (!heading) throw new Error(`no card ${name}`)
  return heading.closest('.material-card') as HTMLElement
}

function storedUploads(): number {
  return Object.keys(mockBackend.app().store.dump().uploads).length
}

jest.setTimeout(15_000)

beforeAll(async () => {
  await warmUpTaroComponents()
  const item = testCatalogue().seed.items.find((i) => i.palm && i.name === ITEM_NAME && i.region.code === '350500000000')
  if (!item) throw new Error(`the seed has no ${ITEM_NAME}`)
  const res = await mockBackend.app().get<FormSchema>(`/api/v1/items/${item.id}/form`)
  if (res.status !== 200) throw new Error(`form answered ${res.status}`)
  schema = res.body
}, 30_000)

beforeEach(() => {
  draft = {}
  busyReports = []
})

describe('材料 step', () => {
  it('uploads a photo with its percentage on screen, then shows the file, which the backend now holds', async () => {
    const { token } = await signInAs('resident', { verified: false })
    pickPhotos([photo('证件照.jpg', JPEG_BYTES)])
    const { container } = renderPage(Harness)
    expect(textOf(card(container, PHOTO))).toContain(`请上传「${PHOTO}」`)

    const held = mockBackend.holdUploads()
    tap(getByLabel(container, `拍照或从相册选择：${PHOTO}`))
    const progress = await waitFor(() => {
      const bar = card(container, PHOTO).querySelector('[role="progressbar"]')
      if (!bar || bar.getAttribute('aria-valuenow') !== '50') throw new Error('no progress yet')
      return bar
    })
    expect(textOf(progress)).toContain('上传中 50%')
    expect(textOf(container)).toContain('有文件正在上传')

    held.release()
    await waitFor(() => expect(textOf(card(container, PHOTO))).toContain(`证件照.jpg${JPEG_BYTES.length} B · 已上传`))
    expect(textOf(card(container, PHOTO))).not.toContain('请上传')
    expect(textOf(container)).toContain('没有文件在上传')
    expect(busyReports).toEqual([false, true, false])

    const [file] = draft[keyOf(PHOTO)].files
    expect(file).toMatchObject({ name: '证件照.jpg', size: JPEG_BYTES.length, mime: 'image/jpeg' })
    expect(draft[keyOf(PHOTO)].licenseId).toBeNull()
    const stored = await mockBackend.app().app.request(`/api/v1/uploads/${file.fileId}`, { headers: { Authorization: `Bearer ${token}` } })
    expect(stored.status).toBe(200)
    expect(new Uint8Array(await stored.arrayBuffer())).toEqual(JPEG_BYTES)
  })

  it('refuses a photo over the size limit before sending anything', async () => {
    await signInAs('resident', { verified: false })
    const before = storedUploads()
    pickPhotos([photo('大照片.jpg', new Uint8Array(6 * 1024 * 1024).fill(0xff), 'image/jpeg')])
    const { container } = renderPage(Harness)

    tap(getByLabel(container, `拍照或从相册选择：${PHOTO}`))
    await findByText(card(container, PHOTO), '「大照片.jpg」有 6 MB，超过了 5 MB 的上限，请重新拍摄或选择较小的文件')
    expect(card(container, PHOTO).querySelector('[role="progressbar"]')).toBeNull()
    expect(storedUploads()).toBe(before)
    expect(draft[keyOf(PHOTO)]).toBeUndefined()
  })

  it("shows the server's refusal of a disguised file with 重试, which sends the same file again", async () => {
    await signInAs('resident', { verified: false })
    const before = storedUploads()
    // Named and typed as a photo, but its bytes are text: only the backend can tell.
    pickPhotos([photo('伪装.jpg', '这不是一张照片', 'image/jpeg')])
    const { container } = renderPage(Harness)

    tap(getByLabel(container, `拍照或从相册选择：${PHOTO}`))
    await findByText(card(container, PHOTO), '上传失败：只能上传 JPG、PNG 图片或 PDF 文件')
    // …and says plainly that the content is not what the name claims.
    await findByText(card(container, PHOTO), /^「伪装\.jpg」看名字是JPG 图片，但文件内容不是/)
    tap(await findButton(card(container, PHOTO), '重试'))
    await waitFor(() => expect(card(container, PHOTO).querySelector('[role="progressbar"]')).toBeNull())
    await findByText(card(container, PHOTO), '上传失败：只能上传 JPG、PNG 图片或 PDF 文件')
    expect(storedUploads()).toBe(before)

    tap(getButton(card(container, PHOTO), '删除'))
    await waitFor(() => expect(textOf(card(container, PHOTO))).not.toContain('伪装.jpg'))
    expect(draft[keyOf(PHOTO)]).toBeUndefined()
  })

  it('after a lost connection, 重试 uploads the same photo and it arrives', async () => {
    await signInAs('resident', { verified: false })
    pickPhotos([photo('申请表.png', PNG_BYTES, 'image/png')])
    const { container } = renderPage(Harness)
    const form = '中国公民出入境证件申请表'
    // The step asks for the person's e-licenses first; let that through, then lose the signal.
    await waitFor(() => expect(mockBackend.requests()).toContain('GET /api/v1/me/licenses'))
    mockBackend.failNextRequests(1)
    tap(getByLabel(container, `拍照或从相册选择：${form}`))
    await findByText(card(container, form), '上传失败：网络连接失败，请检查网络后重试')
    expect(draft[keyOf(form)]).toBeUndefined()

    tap(getButton(card(container, form), '重试'))
    await waitFor(() => expect(textOf(card(container, form))).toContain(`申请表.png${PNG_BYTES.length} B · 已上传`))
    expect(draft[keyOf(form)].files.map((f) => [f.name, f.mime, f.size])).toEqual([['申请表.png', 'image/png', PNG_BYTES.length]])
    expect(textOf(card(container, form))).not.toContain('上传失败')
  })

  it('removes an uploaded file, and the material is missing again', async () => {
    await signInAs('resident', { verified: false })
    pickPhotos([photo('第一张.jpg'), photo('第二张.jpg')])
    const { container } = renderPage(Harness)

    tap(getByLabel(container, `拍照或从相册选择：${PHOTO}`))
    await findByText(card(container, PHOTO), '第一张.jpg')
    await findByText(card(container, PHOTO), '第二张.jpg')
    expect(draft[keyOf(PHOTO)].files.map((f) => f.name).sort()).toEqual(['第一张.jpg', '第二张.jpg'])

    tap(getByLabel(container, '删除 第一张.jpg'))
    await waitFor(() => expect(draft[keyOf(PHOTO)].files.map((f) => f.name)).toEqual(['第二张.jpg']))
    tap(getByLabel(container, '删除 第二张.jpg'))
    await waitFor(() => expect(draft[keyOf(PHOTO)].files).toEqual([]))
    expect(textOf(card(container, PHOTO))).toContain(`请上传「${PHOTO}」`)
  })

  it('uses an e-license instead of uploading: marked 免提交 with the masked number, and can switch back', async () => {
    await signInAs('cadre', { verified: true, name: '陈静', idNumber: CADRE_ID_NUMBER })
    const { container } = renderPage(Harness)
    const idCard = card(container, ID_CARD)
    expect(textOf(idCard)).toContain(`请上传「${ID_CARD}」或选择电子证照`)

    tap(getButton(idCard, '使用电子证照（免提交）'))
    const choice = await waitFor(() => {
      const button = card(container, ID_CARD).querySelector<HTMLElement>('[aria-label^="使用电子证照 居民身份证"]')
      if (!button) throw new Error('no license yet')
      return button
    })
    expect(textOf(choice)).toContain('3505**********')
    tap(choice)

    await findByText(card(container, ID_CARD), '✓ 免提交：已使用电子证照')
    expect(textOf(card(container, ID_CARD))).toMatch(/居民身份证 · 3505\*{10}\d{3}[\dX]/)
    expect(textOf(card(container, ID_CARD))).not.toContain('请上传')
    expect(draft[keyOf(ID_CARD)]).toEqual({ files: [], licenseId: expect.stringMatching(/^lic-/) })

    tap(getButton(card(container, ID_CARD), '改为上传文件'))
    await waitFor(() => expect(getByLabel(container, `拍照或从相册选择：${ID_CARD}`)).toBeTruthy())
    expect(draft[keyOf(ID_CARD)]).toEqual({ files: [], licenseId: null })
  })

  it('says there are no e-licenses yet for a person who has not verified their real name', async () => {
    await signInAs('business', { verified: false })
    const { container } = renderPage(Harness)
    tap(getButton(card(container, ID_CARD), '使用电子证照（免提交）'))
    await findByText(card(container, ID_CARD), '暂无可用的电子证照')
    expect(textOf(card(container, ID_CARD))).toContain('实名认证后可用')
    tap(getButton(card(container, ID_CARD), '不用电子证照，上传文件'))
    await waitFor(() => expect(textOf(card(container, ID_CARD))).not.toContain('暂无可用的电子证照'))
  })
})
