// ARIA attributes on Taro components. On H5 Taro's web components pass `role` and `aria-*` through
// to the DOM, where screen readers and our axe audit read them; Taro 4's weapp template has no
// slots for them and drops them, so on WeChat the native components' own semantics apply.
import '@tarojs/components/types/common'

declare module '@tarojs/components/types/common' {
  interface StandardProps {
    role?: string
    'aria-label'?: string
    'aria-labelledby'?: string
    'aria-describedby'?: string
    'aria-level'?: number
    'aria-hidden'?: boolean
    'aria-live'?: 'polite' | 'assertive' | 'off'
    'aria-pressed'?: boolean
    'aria-expanded'?: boolean
    'aria-selected'?: boolean
    'aria-checked'?: boolean
    'aria-current'?: string | boolean
    'aria-controls'?: string
    'aria-modal'?: 'true' | 'false'
    'aria-haspopup'?: 'dialog' | 'listbox' | 'menu' | 'true'
    'aria-busy'?: boolean
    'aria-disabled'?: boolean
  }
}
