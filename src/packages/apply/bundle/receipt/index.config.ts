export default definePageConfig({
  navigationBarTitleText: '申报回执',
})
