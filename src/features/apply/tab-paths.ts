// Tab pages the application pages lead back to (switchTab only accepts tab pages).
export const HOME_TAB_PATH = '/pages/index/index'
export const MINE_TAB_PATH = '/pages/mine/index'
