export default definePageConfig({ navigationBarTitleText: '泉服务·掌上办', enablePullDownRefresh: true, enableShareAppMessage: true })
