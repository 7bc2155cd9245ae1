/**
 * Attributes for the element Taro draws on H5. The H5 build takes Taro's plain components
 * (config/index.ts, h5.useHtmlComponents): an Input is an <input>, an Image an <img> in a <div>,
 * and props they do not know go onto that element as they are. That is how a label, an error's id,
 * `inputmode` or an image's `imgProps.alt` reach it (Taro's web components took them as
 * `nativeProps`, which the plain ones do not know). On weapp, nothing: WeChat's template has no
 * place for them, and there `type` picks the keyboard.
 */
// Typed as a bare object: these are DOM attributes, which Taro's prop types (for both platforms) do
// not list, and some (`type: 'tel'`) are values those types would refuse.
export function h5Attributes(attributes: Record<string, unknown>): object {
  return process.env.TARO_ENV === 'h5' ? attributes : {}
}

/**
 * Props only WeChat's components know (`placeholderClass`, `catchMove`, `ariaLabel`): on H5 a plain
 * element would take them as unknown attributes, and React warns about each one.
 */
export function weappAttributes(attributes: Record<string, unknown>): object {
  return process.env.TARO_ENV === 'h5' ? {} : attributes
}
