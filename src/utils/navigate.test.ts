import Taro from '@tarojs/taro'
import { caseDetailUrl, CASE_DETAIL_PATH, guidePageUrl, HOME_TAB_PATH, MINE_TAB_PATH, RATE_PATH } from '@/constants/routes'
import { backTo, goBack, isRoute, navigate } from './navigate'

const ok = (name: string) => ({ errMsg: `${name}:ok` })
const fail = (name: string) => Promise.reject(new Error(`${name}:fail`))

afterEach(() => jest.restoreAllMocks())

/** The page stack, bottom first, as WeChat reports it. */
function stack(...routes: string[]) {
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue(routes.map((route) => ({ route })) as unknown as ReturnType<typeof Taro.getCurrentPages>)
}

describe('navigate', () => {
  it('opens a tab page with switchTab, the only way a tab page opens', async () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue(ok('switchTab'))
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    await navigate(MINE_TAB_PATH)
    expect(switchTab).toHaveBeenCalledWith({ url: MINE_TAB_PATH })
    expect(navigateTo).not.toHaveBeenCalled()
  })

  it('opens any other page on top, and in place of the current one when the page stack is full', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => fail('navigateTo'))
    const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue(ok('redirectTo'))
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue(ok('showToast'))
    await navigate(caseDetailUrl('QZ20240101ABCDEFGH'))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/cases/detail/index?caseNo=QZ20240101ABCDEFGH' })
    expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/cases/detail/index?caseNo=QZ20240101ABCDEFGH' })
    expect(toast).not.toHaveBeenCalled()
  })

  it('says so in a toast when the page cannot be opened at all', async () => {
    jest.spyOn(Taro, 'navigateTo').mockImplementation(() => fail('navigateTo'))
    jest.spyOn(Taro, 'redirectTo').mockImplementation(() => fail('redirectTo'))
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue(ok('showToast'))
    await navigate(RATE_PATH)
    expect(toast).toHaveBeenCalledWith({ title: '页面打开失败，请重试', icon: 'none' })
  })

  it('with replace, opens the page in place of the current one', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok('navigateTo'))
    const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue(ok('redirectTo'))
    await navigate(RATE_PATH, { replace: true })
    expect(redirectTo).toHaveBeenCalledWith({ url: RATE_PATH })
    expect(navigateTo).not.toHaveBeenCalled()
  })
})

describe('backTo', () => {
  it('goes back when the page below is the one wanted', async () => {
    stack('packages/cases/detail/index', 'packages/rating/rate/index')
    const back = jest.spyOn(Taro, 'navigateBack').mockResolvedValue(ok('navigateBack'))
    const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue(ok('redirectTo'))
    await backTo(CASE_DETAIL_PATH, caseDetailUrl('QZ20240101ABCDEFGH'))
    expect(back).toHaveBeenCalled()
    expect(redirectTo).not.toHaveBeenCalled()
  })

  it('opens the page in place of the current one when the person came from elsewhere', async () => {
    stack('pages/cases/index', 'packages/rating/rate/index')
    const back = jest.spyOn(Taro, 'navigateBack').mockResolvedValue(ok('navigateBack'))
    const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue(ok('redirectTo'))
    await backTo(CASE_DETAIL_PATH, caseDetailUrl('QZ20240101ABCDEFGH'))
    expect(back).not.toHaveBeenCalled()
    expect(redirectTo).toHaveBeenCalledWith({ url: caseDetailUrl('QZ20240101ABCDEFGH') })
  })
})

describe('goBack', () => {
  it('goes back to whatever page is below', async () => {
    stack('packages/items/guide/index', 'packages/apply/form/index')
    const back = jest.spyOn(Taro, 'navigateBack').mockResolvedValue(ok('navigateBack'))
    const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue(ok('redirectTo'))
    await goBack(guidePageUrl('item-1'))
    expect(back).toHaveBeenCalled()
    expect(redirectTo).not.toHaveBeenCalled()
  })

  it('opens the fallback in place of the current page when nothing is below (opened from a link)', async () => {
    stack('packages/apply/form/index')
    const back = jest.spyOn(Taro, 'navigateBack').mockResolvedValue(ok('navigateBack'))
    const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue(ok('redirectTo'))
    await goBack(guidePageUrl('item-1'))
    expect(back).not.toHaveBeenCalled()
    expect(redirectTo).toHaveBeenCalledWith({ url: guidePageUrl('item-1') })
  })

  it('opens a tab fallback with switchTab when going back fails', async () => {
    stack('pages/index/index', 'packages/apply/form/index')
    jest.spyOn(Taro, 'navigateBack').mockImplementation(() => fail('navigateBack'))
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue(ok('switchTab'))
    await goBack(HOME_TAB_PATH)
    expect(switchTab).toHaveBeenCalledWith({ url: HOME_TAB_PATH })
  })
})

describe('isRoute', () => {
  it('matches a page-stack route with or without the leading slash or a query', () => {
    expect(isRoute('packages/cases/detail/index', CASE_DETAIL_PATH)).toBe(true)
    expect(isRoute('/packages/cases/detail/index?caseNo=QZ1', CASE_DETAIL_PATH)).toBe(true)
    expect(isRoute('packages/cases/lookup/index', CASE_DETAIL_PATH)).toBe(false)
    expect(isRoute(undefined, CASE_DETAIL_PATH)).toBe(false)
  })
})
