// Build-time stand-in for axios's fetch adapter (see axios-xhr-adapter.js): never used here.
export const getFetch = () => false
export default false
