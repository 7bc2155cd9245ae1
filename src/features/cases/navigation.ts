import Taro from '@tarojs/taro'
import { caseDetailUrl, lookupUrl, supplementUrl } from '@/constants/routes'

// WeChat keeps at most 10 pages on the stack; when it is full, replacing the current page still
// takes the person where they tapped.
async function go(url: string): Promise<void> {
  try {
    await Taro.navigateTo({ url })
  } catch {
    try {
      await Taro.redirectTo({ url })
    } catch {
      void Taro.showToast({ title: '页面打开失败，请重试', icon: 'none' })
    }
  }
}

/** Opens the detail of one of the person's cases. */
export function openCaseDetail(caseNo: string): Promise<void> {
  return go(caseDetailUrl(caseNo))
}

/** Opens 办件查询 (no login needed). */
export function openLookup(caseNo?: string): Promise<void> {
  return go(lookupUrl(caseNo))
}

/** Opens the 补正 page of a case. */
export function openSupplement(caseNo: string): Promise<void> {
  return go(supplementUrl(caseNo))
}

/** Switches to a tab page (首页, 办事, 我的 …); tab pages only open with switchTab. */
export function openTab(url: string): void {
  Taro.switchTab({ url }).catch(() => {
    void Taro.showToast({ title: '页面打开失败，请重试', icon: 'none' })
  })
}
