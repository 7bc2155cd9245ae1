/** A page URL parameter as text: Taro hands some platforms' params over still percent-encoded. */
export function routeParam(value: string | undefined): string {
  if (!value) return ''
  try {
    return decodeURIComponent(value).trim()
  } catch {
    return value.trim()
  }
}
