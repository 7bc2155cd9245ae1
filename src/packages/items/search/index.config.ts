export default definePageConfig({
  navigationBarTitleText: '搜索事项',
  enableShareAppMessage: true,
  // Start loading the next page a little before the very bottom, so a slow network has a head start.
  onReachBottomDistance: 120,
})
