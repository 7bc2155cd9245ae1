import Taro from '@tarojs/taro'
import { caseDetailUrl } from '@/constants/routes'
import type { ApiError } from '@/services/api-error'
import { navigate } from '@/utils/navigate'

/** Where a submission stands; a failure says what happened and whether 重新提交 may help. */
export type SubmitState =
  | { status: 'idle' }
  | { status: 'submitting' }
  | { status: 'failed'; message: string; retry: boolean }

export const OFFLINE_SUBMIT_MESSAGE = '网络不通，填写的内容已保存，恢复网络后点「重新提交」即可'

/**
 * The key of this draft already made a case (an earlier attempt got through; only its answer was
 * lost) and the draft has changed since, so the server filed nothing new (409 with the case number).
 * The message says so; the person may open that case, or stay with the draft, which is kept.
 */
async function offerExistingCase(message: string, caseNo: string): Promise<void> {
  const { confirm } = await Taro.showModal({ title: '申请已提交过', content: message, confirmText: '查看办件', cancelText: '留在此页' })
  if (confirm) await navigate(caseDetailUrl(caseNo))
}

/**
 * What a submission (a single application or a 一件事 bundle) says after a failure that is not a
 * refused field (those go back to the field): a conflict naming a case offers to open it and is not
 * worth retrying (the same key gets the same answer, nothing is cleared); a lost network or a
 * retryable server error keeps the draft and offers 重新提交.
 */
export function submitFailure(error: ApiError): SubmitState {
  if (error.kind === 'conflict' && error.caseNo) {
    void offerExistingCase(error.message, error.caseNo).catch(() => undefined)
    return { status: 'failed', message: error.message, retry: false }
  }
  if (error.kind === 'network' || error.kind === 'timeout') return { status: 'failed', message: OFFLINE_SUBMIT_MESSAGE, retry: true }
  if (error.retryable) return { status: 'failed', message: `${error.message}。填写的内容已保存，可稍后点「重新提交」`, retry: true }
  return { status: 'failed', message: error.message, retry: false }
}
