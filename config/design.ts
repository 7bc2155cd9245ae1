/** Taro's design-size settings, shared by the build (config/index.ts) and the jest setup. */
export const designWidth = 750
export const deviceRatio = { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 }
