import { ApiError } from '@/services/api-error'
import { serverFieldErrors, splitServerErrors } from './server-errors'

describe('where a 422’s messages go', () => {
  it('puts each message under its field, its material or its own place on the form', () => {
    expect(
      splitServerErrors({
        'fields.toRegion': '所选地区不存在，请重新选择',
        'fields.subject': '「婚姻状况证明」已明确不由村（居）委会出具，请向有关部门申请',
        'materials.m1.fileIds.0': '文件不存在或已失效，请重新上传',
        'materials.m1.fileIds.1': '另一个文件也已失效',
        'materials.m2': '材料清单中没有这一项',
        purpose: '证明用途至少 2 个字',
        villageCode: '请选择到村（社区）',
      }),
    ).toEqual({
      fields: { toRegion: '所选地区不存在，请重新选择', subject: '「婚姻状况证明」已明确不由村（居）委会出具，请向有关部门申请' },
      // A material with several wrong files shows the first message.
      materials: { m1: '文件不存在或已失效，请重新上传', m2: '材料清单中没有这一项' },
      others: { purpose: '证明用途至少 2 个字', villageCode: '请选择到村（社区）' },
    })
  })

  it('has nothing to put under fields when the refusal was not about the content', () => {
    const conflict = new ApiError({ kind: 'conflict', status: 409, code: 'CONFLICT', message: '已提交', fields: { 'fields.x': '不会出现' } })
    expect(serverFieldErrors(conflict)).toEqual({ fields: {}, materials: {}, others: {} })
    const invalid = new ApiError({ kind: 'validation', status: 422, code: 'VALIDATION_FAILED', message: '请修改', fields: { 'fields.x': '请填写' } })
    expect(serverFieldErrors(invalid).fields).toEqual({ x: '请填写' })
  })
})
