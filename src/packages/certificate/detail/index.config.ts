export default definePageConfig({ navigationBarTitleText: '村(居)证明', enableShareAppMessage: true })
