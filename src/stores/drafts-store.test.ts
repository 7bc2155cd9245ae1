import Taro from '@tarojs/taro'
import type { ApplicationDraft } from '@/features/apply/draft-types'
import { DRAFTS_LIMIT, draftKey, getDraft, useDraftsStore } from './drafts-store'

function draft(userId: string, itemId: string, fields: Record<string, string> = {}): Omit<ApplicationDraft, 'updatedAt'> {
  return {
    userId,
    itemId,
    itemName: `事项${itemId}`,
    step: 'details',
    applicantKind: 'personal',
    fields,
    regionPaths: {},
    materials: { m1: { files: [{ fileId: 'f1', name: '身份证正面.jpg', size: 1234, mime: 'image/jpeg' }], licenseId: null } },
    commitmentAccepted: false,
    idempotencyKey: null,
  }
}

describe('application drafts', () => {
  it('keeps one draft per person and item, stamped with when it was last changed', () => {
    const { saveDraft } = useDraftsStore.getState()
    saveDraft(draft('u1', 'item-a', { name: '张三' }), '2022-03-01T09:00:00+08:00')
    saveDraft(draft('u2', 'item-a', { name: '李四' }), '2022-03-01T09:05:00+08:00')
    saveDraft(draft('u1', 'item-a', { name: '张三丰' }), '2022-03-01T09:10:00+08:00')

    expect(getDraft('u1', 'item-a')).toMatchObject({ fields: { name: '张三丰' }, updatedAt: '2022-03-01T09:10:00+08:00' })
    expect(getDraft('u2', 'item-a')?.fields).toEqual({ name: '李四' })
    expect(getDraft('u1', 'item-b')).toBeNull()
    expect(Object.keys(useDraftsStore.getState().drafts).sort()).toEqual([draftKey('u1', 'item-a'), draftKey('u2', 'item-a')].sort())
  })

  it('is on the phone the moment it is saved, and read back when the app starts again', async () => {
    useDraftsStore.getState().saveDraft(draft('u1', 'item-a', { name: '张' }))
    useDraftsStore.getState().saveDraft(draft('u1', 'item-a', { name: '张三' }))
    // No timer, no await: the last keystroke is already in storage.
    const stored: unknown = Taro.getStorageSync('qz-drafts')
    expect(String(stored)).toContain('张三')

    useDraftsStore.setState({ drafts: {} })
    Taro.setStorageSync('qz-drafts', stored)
    await useDraftsStore.persist.rehydrate()
    expect(getDraft('u1', 'item-a')?.fields).toEqual({ name: '张三' })
  })

  it('holds uploaded files by id and name only, never their bytes', () => {
    useDraftsStore.getState().saveDraft(draft('u1', 'item-a'))
    const stored = JSON.parse(String(Taro.getStorageSync('qz-drafts'))) as { state: { drafts: Record<string, ApplicationDraft> } }
    expect(stored.state.drafts[draftKey('u1', 'item-a')].materials.m1.files).toEqual([{ fileId: 'f1', name: '身份证正面.jpg', size: 1234, mime: 'image/jpeg' }])
  })

  it('forgets a draft after it is cleared, leaving the others', () => {
    const { saveDraft, clearDraft } = useDraftsStore.getState()
    saveDraft(draft('u1', 'item-a'))
    saveDraft(draft('u1', 'item-b'))
    clearDraft('u1', 'item-a')
    expect(getDraft('u1', 'item-a')).toBeNull()
    expect(getDraft('u1', 'item-b')).not.toBeNull()
    expect(String(Taro.getStorageSync('qz-drafts'))).not.toContain('item-a')
  })

  it(`keeps at most ${DRAFTS_LIMIT}, dropping the one left longest ago`, () => {
    const { saveDraft } = useDraftsStore.getState()
    for (let i = 0; i < DRAFTS_LIMIT + 3; i++) saveDraft(draft('u1', `item-${i}`), new Date(Date.UTC(2022, 2, 1, 0, i)).toISOString())
    const keys = Object.keys(useDraftsStore.getState().drafts)
    expect(keys).toHaveLength(DRAFTS_LIMIT)
    expect(getDraft('u1', 'item-0')).toBeNull()
    expect(getDraft('u1', 'item-2')).toBeNull()
    expect(getDraft('u1', 'item-3')).not.toBeNull()
    expect(getDraft('u1', `item-${DRAFTS_LIMIT + 2}`)).not.toBeNull()
  })
})
