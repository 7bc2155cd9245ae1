import Taro from '@tarojs/taro'
import type { ServiceLocation } from '@contract/service-item'

/** Digits, +, - and spaces only: what a dialer accepts (the data may say 0595-12345678 转 1). */
export function dialableNumber(phone: string): string {
  const first = phone.split(/[，,;；/、]|转/)[0] ?? ''
  return first.replace(/[^\d+-]/g, '')
}

/** Calls a number; if the phone cannot (H5 on a computer), copies it so it can be dialled by hand. */
export async function callPhone(phone: string): Promise<void> {
  const phoneNumber = dialableNumber(phone)
  try {
    // On H5, taro-h5 turns this into a tel: link, which phones' browsers hand to the dialer.
    await Taro.makePhoneCall({ phoneNumber })
  } catch {
    await copyText(phoneNumber, '号码已复制，可粘贴到拨号盘')
  }
}

/** A web map page (高德 URI API, GCJ-02 like WeChat's) for browsers without Taro.openLocation. */
export function webMapUrl(location: ServiceLocation): string {
  const params = [
    `position=${location.longitude},${location.latitude}`,
    `name=${encodeURIComponent(location.name)}`,
    'coordinate=gaode',
    'callnative=1',
  ]
  return `https://uri.amap.com/marker?${params.join('&')}`
}

/** Shows a service hall on a map: WeChat's own map on weapp, a web map on H5, the address otherwise. */
export async function openMap(location: ServiceLocation): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    // taro-h5's openLocation needs the WeChat JS-SDK, which a plain browser does not have.
    const opened = typeof window !== 'undefined' && typeof window.open === 'function' ? window.open(webMapUrl(location), '_blank') : null
    if (!opened) await copyText(location.address, '地址已复制，可粘贴到地图应用')
    return
  }
  try {
    await Taro.openLocation({
      latitude: location.latitude,
      longitude: location.longitude,
      name: location.name,
      address: location.address,
      scale: 16,
    })
  } catch {
    await copyText(location.address, '无法打开地图，地址已复制')
  }
}

/** Copies text and says so in a toast the person can read (taro-h5's own toast is generic). */
export async function copyText(text: string, toast: string): Promise<void> {
  try {
    await Taro.setClipboardData({ data: text })
    await Taro.showToast({ title: toast, icon: 'none', duration: 2500 })
  } catch {
    await Taro.showToast({ title: `复制失败，请手动记下：${text}`, icon: 'none', duration: 4000 })
  }
}

/** The full link to a page of the H5 app (hash router), for sharing outside WeChat. */
export function h5PageLink(pathWithQuery: string): string {
  if (typeof window === 'undefined') return pathWithQuery
  const { origin, pathname } = window.location
  return `${origin}${pathname}#${pathWithQuery}`
}
