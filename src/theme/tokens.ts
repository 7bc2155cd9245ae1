/**
 * Design tokens. Sizes are CSS px on a 375-px-wide phone (what SPEC §6 states its minimums in);
 * `cssVars` converts them to the platform unit so the same numbers hold on weapp (rpx) and H5 (rem).
 * Elder mode (长辈模式) is a second token set, not a zoom: larger text, taller tap targets, more
 * spacing and stronger secondary-text contrast, per SPEC §6 (body ≥ 18, largest ≥ 30, line ≥ 1.3,
 * targets ≥ 60×60 in elder mode and ≥ 44×44 otherwise).
 */
export interface Tokens {
  font: { caption: number; small: number; body: number; title: number; large: number; display: number }
  lineHeight: number
  tap: number
  /** Width of the keyboard focus outline (:focus-visible) on every control. */
  focus: number
  space: { xs: number; sm: number; md: number; lg: number; xl: number }
  radius: number
  color: {
    primary: string
    primaryText: string
    text: string
    textSecondary: string
    danger: string
    success: string
    warning: string
    highlight: string
    background: string
    surface: string
    border: string
    tagBackground: string
    /** The focus outline: dark enough for 3:1 against the page, the surface and the primary fill's edge. */
    focus: string
  }
}

const color: Tokens['color'] = {
  primary: '#0b57d0',
  primaryText: '#ffffff',
  text: '#1f2328',
  textSecondary: '#4b5563',
  danger: '#b42318',
  success: '#067647',
  warning: '#93370d',
  highlight: '#c4320a',
  background: '#f4f6f9',
  surface: '#ffffff',
  border: '#d0d5dd',
  tagBackground: '#e8f0fe',
  focus: '#1f2328',
}

export const standardTokens: Tokens = {
  font: { caption: 13, small: 14, body: 16, title: 18, large: 22, display: 26 },
  lineHeight: 1.5,
  tap: 44,
  focus: 2,
  space: { xs: 4, sm: 8, md: 12, lg: 16, xl: 24 },
  radius: 8,
  color,
}

export const elderTokens: Tokens = {
  font: { caption: 18, small: 18, body: 20, title: 24, large: 30, display: 32 },
  lineHeight: 1.6,
  tap: 60,
  focus: 3,
  space: { xs: 6, sm: 10, md: 16, lg: 20, xl: 30 },
  radius: 10,
  color: { ...color, textSecondary: '#344054' },
}

export function tokensFor(elder: boolean): Tokens {
  return elder ? elderTokens : standardTokens
}

/**
 * The tokens as CSS custom properties for the page root; stylesheets only read `var(--…)`, so one
 * switch re-sizes every page. `toUnit` turns CSS px into the platform's unit (Taro.pxTransform).
 */
export function cssVars(tokens: Tokens, toUnit: (px: number) => string): Record<string, string> {
  const vars: Record<string, string> = {
    '--line-height': String(tokens.lineHeight),
    '--tap': toUnit(tokens.tap),
    '--focus': toUnit(tokens.focus),
    '--radius': toUnit(tokens.radius),
  }
  for (const [name, size] of Object.entries(tokens.font)) vars[`--font-${name}`] = toUnit(size)
  for (const [name, size] of Object.entries(tokens.space)) vars[`--space-${name}`] = toUnit(size)
  for (const [name, value] of Object.entries(tokens.color)) vars[`--color-${kebab(name)}`] = value
  return vars
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
}
