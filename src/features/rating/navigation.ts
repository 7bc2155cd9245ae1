import Taro from '@tarojs/taro'
import { caseDetailUrl, complaintUrl, myRatingsUrl, rateUrl } from '@/constants/routes'

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

export function openRate(caseNo: string): Promise<void> {
  return go(rateUrl(caseNo))
}

export function openMyRatings(tab: 'mine' | 'pending' = 'mine'): Promise<void> {
  return go(myRatingsUrl(tab))
}

export function openComplaint(caseNo?: string): Promise<void> {
  return go(complaintUrl(caseNo))
}

export function openCase(caseNo: string): Promise<void> {
  return go(caseDetailUrl(caseNo))
}

/**
 * Back to the case after rating it: the page below when it is that case's detail (it reloads on
 * show and then has the rating), else the detail opened in place of the form.
 */
export async function backToCase(caseNo: string): Promise<void> {
  const pages = Taro.getCurrentPages()
  const below = pages.length > 1 ? pages[pages.length - 2] : undefined
  if (below?.route?.includes('packages/cases/detail')) {
    try {
      await Taro.navigateBack()
      return
    } catch {
      // fall through to opening it anew
    }
  }
  await Taro.redirectTo({ url: caseDetailUrl(caseNo) }).catch(() => go(caseDetailUrl(caseNo)))
}

/** Switches to a tab page (我的 to sign in); tab pages only open with switchTab. */
export function openTab(url: string): void {
  Taro.switchTab({ url }).catch(() => {
    void Taro.showToast({ title: '页面打开失败，请重试', icon: 'none' })
  })
}
