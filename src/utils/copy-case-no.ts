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

/** Copies a receipt's 6-digit 查询码 (with the 办件编号 it belongs to, as a lookup needs both). */
export async function copyQueryCode(caseNo: string, queryCode: string): Promise<void> {
  try {
    await Taro.setClipboardData({ data: `办件编号 ${caseNo} 查询码 ${queryCode}` })
    await Taro.showToast({ title: '办件编号和查询码已复制', icon: 'none' })
  } catch {
    await Taro.showToast({ title: `复制失败，请记下查询码：${queryCode}`, icon: 'none', duration: 4000 })
  }
}
