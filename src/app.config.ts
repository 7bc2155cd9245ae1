export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/catalogue/index',
    'pages/mine/index',
  ],
  // Every domain beyond the tab pages is a subpackage so the main package stays small (SPEC §6).
  subPackages: [
    {
      root: 'packages/items',
      pages: ['search/index', 'guide/index'],
    },
    {
      root: 'packages/apply',
      pages: ['form/index', 'receipt/index', 'identity/index', 'assist/index'],
    },
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/items'] },
    // 在线申报 starts from a guide: fetch the application pages while the person reads it.
    'packages/items/guide/index': { network: 'all', packages: ['packages/apply'] },
  },
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '泉服务·掌上办',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f4f6f9',
  },
  tabBar: {
    color: '#4b5563',
    selectedColor: '#0b57d0',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tabbar/home.png', selectedIconPath: 'assets/tabbar/home-active.png' },
      { pagePath: 'pages/catalogue/index', text: '办事', iconPath: 'assets/tabbar/catalogue.png', selectedIconPath: 'assets/tabbar/catalogue-active.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tabbar/mine.png', selectedIconPath: 'assets/tabbar/mine-active.png' },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
  __usePrivacyCheck__: true,
})
