import { messageLink } from '@/domain/message-links'
import { caseDetailUrl, certificateRequestUrl, certificateUrl, complaintUrl, familyUrl, myRatingsUrl, supplementUrl } from './routes'

describe('the links messages carry', () => {
  it('are the URLs the app itself builds for the same pages', () => {
    expect(messageLink({ page: 'case', caseNo: 'QZ 1/2' })).toBe(caseDetailUrl('QZ 1/2'))
    expect(messageLink({ page: 'supplement', caseNo: 'QZ1' })).toBe(supplementUrl('QZ1'))
    expect(messageLink({ page: 'certificate-request', requestId: 'r&1' })).toBe(certificateRequestUrl('r&1'))
    expect(messageLink({ page: 'certificate', no: 'ZM-1' })).toBe(certificateUrl('ZM-1'))
    expect(messageLink({ page: 'complaint', caseNo: 'QZ1' })).toBe(complaintUrl('QZ1'))
    expect(messageLink({ page: 'complaint', caseNo: null })).toBe(complaintUrl())
    expect(messageLink({ page: 'my-ratings' })).toBe(myRatingsUrl())
    expect(messageLink({ page: 'family' })).toBe(familyUrl())
  })

  it('of a 一件事 part open the bundle case (its detail or its 补正) naming the part', () => {
    expect(messageLink({ page: 'case', caseNo: 'QZ1', part: 'QZ 2' })).toBe(`${caseDetailUrl('QZ1')}&part=QZ%202`)
    expect(messageLink({ page: 'supplement', caseNo: 'QZ1', part: 'QZ2' })).toBe(`${supplementUrl('QZ1')}&part=QZ2`)
  })
})
