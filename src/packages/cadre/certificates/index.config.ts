export default definePageConfig({ navigationBarTitleText: '已出具证明', enablePullDownRefresh: true })
