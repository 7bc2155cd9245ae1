// The one export of Taro's React runtime the jest setup needs; the package ships no types for it.
declare module '@tarojs/plugin-framework-react/dist/runtime' {
  export function createH5NativeComponentConfig(
    lifecycle: unknown,
    react: typeof import('react'),
    reactDOM: typeof import('react-dom'),
  ): void
}
