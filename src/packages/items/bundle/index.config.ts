export default definePageConfig({
  navigationBarTitleText: '“一件事”指南',
  enableShareAppMessage: true,
  enableShareTimeline: true,
  enablePullDownRefresh: true,
})
