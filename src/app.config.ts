export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/catalogue/index',
    'pages/cases/index',
    'pages/mine/index',
  ],
  // Every domain beyond the tab pages is a subpackage so the main package stays small (SPEC §6).
  subPackages: [
    {
      root: 'packages/items',
      pages: ['search/index', 'guide/index', 'bundle/index'],
    },
    {
      root: 'packages/apply',
      pages: ['form/index', 'receipt/index', 'identity/index', 'assist/index', 'supplement/index', 'bundle/index', 'bundle/receipt/index'],
    },
    {
      root: 'packages/cases',
      pages: ['detail/index', 'lookup/index'],
    },
    {
      // 村(居)证明 for residents, and 证明核验 for anyone (no login); the QR code library lives only here.
      root: 'packages/certificate',
      pages: ['apply/index', 'requests/index', 'detail/index', 'verify/index', 'request/index'],
    },
    {
      // 村务工作台: cadres only.
      root: 'packages/cadre',
      pages: ['workbench/index', 'request/index', 'certificates/index'],
    },
    {
      // 我的 beyond the tab: 家人 (为家人办), 我的电子证照.
      root: 'packages/account',
      pages: ['family/index', 'licenses/index'],
    },
    {
      // 消息: every event the person waits for, with its link.
      root: 'packages/messages',
      pages: ['list/index'],
    },
    {
      // 好差评 (rate a case, 我的评价 / 待评价), 好差评公示 (no login) and 办不成事反映 / 投诉建议.
      root: 'packages/rating',
      pages: ['rate/index', 'mine/index', 'stats/index', 'complaint/index'],
    },
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/items'] },
    // 在线申报 starts from a guide: fetch the application pages while the person reads it.
    'packages/items/guide/index': { network: 'all', packages: ['packages/apply'] },
    'packages/items/bundle/index': { network: 'all', packages: ['packages/apply'] },
    // From the 办件 tab the next page is almost always a case's detail.
    'pages/cases/index': { network: 'all', packages: ['packages/cases'] },
  },
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '泉服务·掌上办',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f4f6f9',
  },
  tabBar: {
    // Drawn by src/custom-tab-bar from the design tokens: WeChat's native bar keeps 10 px labels and
    // 50 px tabs in 长辈模式. The list still tells WeChat which pages are tabs (and its colours and
    // icons are what versions without custom-bar support draw); keep it in step with custom-tab-bar/tabs.ts.
    custom: true,
    color: '#4b5563',
    selectedColor: '#0b57d0',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tabbar/home.png', selectedIconPath: 'assets/tabbar/home-active.png' },
      { pagePath: 'pages/catalogue/index', text: '办事', iconPath: 'assets/tabbar/catalogue.png', selectedIconPath: 'assets/tabbar/catalogue-active.png' },
      { pagePath: 'pages/cases/index', text: '办件', iconPath: 'assets/tabbar/cases.png', selectedIconPath: 'assets/tabbar/cases-active.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tabbar/mine.png', selectedIconPath: 'assets/tabbar/mine-active.png' },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
  __usePrivacyCheck__: true,
  // 所在地 from the phone's location (only when the person taps 使用当前位置); WeChat requires both.
  requiredPrivateInfos: ['getLocation'],
  permission: { 'scope.userLocation': { desc: '用于把所在地设为离您最近的县（市、区）并按距离排列受理点' } },
})
