export default definePageConfig({ navigationBarTitleText: '审核证明申请' })
