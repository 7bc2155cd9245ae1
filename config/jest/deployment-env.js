// Deployment settings the app tests run with (src/constants/deployment.ts reads them): the demo
// accounts on, as for `npm start`, and made-up subscribe template ids so the WeChat notice path runs.
// A test that needs a setting off changes process.env and restores it.
process.env.TARO_APP_DEMO = '1'
process.env.TARO_APP_NOTICE_TEMPLATE_ACCEPTED ??= 'test-template-case-accepted'
process.env.TARO_APP_NOTICE_TEMPLATE_NEEDS_SUPPLEMENT ??= 'test-template-case-needs-supplement'
process.env.TARO_APP_NOTICE_TEMPLATE_CONCLUDED ??= 'test-template-case-concluded'
