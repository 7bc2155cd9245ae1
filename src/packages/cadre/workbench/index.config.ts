export default definePageConfig({ navigationBarTitleText: '村务工作台', enablePullDownRefresh: true })
