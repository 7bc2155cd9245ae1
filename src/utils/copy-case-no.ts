import Taro from '@tarojs/taro'

/** Copies a 办件编号 for the person to paste elsewhere; if the phone refuses, shows it to write down. */
export async function copyCaseNo(caseNo: string): Promise<void> {
  try {
    await Taro.setClipboardData({ data: caseNo })
    await Taro.showToast({ title: '办件编号已复制', icon: 'none' })
  } catch {
    await Taro.showToast({ title: `复制失败，请记下：${caseNo}`, icon: 'none', duration: 4000 })
  }
}
