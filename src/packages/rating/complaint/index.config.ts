export default definePageConfig({
  navigationBarTitleText: '办不成事反映',
  enablePullDownRefresh: true,
})
