export default definePageConfig({ navigationBarTitleText: '申请村(居)证明' })
