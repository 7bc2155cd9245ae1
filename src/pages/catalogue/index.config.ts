export default definePageConfig({ navigationBarTitleText: '办事', enableShareAppMessage: true })
