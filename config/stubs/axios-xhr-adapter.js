// Build-time stand-in for axios's XMLHttpRequest adapter (config/index.ts swaps it in): every
// request in this app goes through its own adapter (src/services/taro-adapter.ts → Taro.request, or
// upload.ts → Taro.uploadFile), so axios's browser adapter is dead weight in both bundles. `false`
// is axios's own "not supported in this environment" answer, so naming it would fail loudly.
export default false
