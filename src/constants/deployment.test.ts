import { demoAccountsEnabled, h5Base, noticeTemplateIds } from './deployment'

// The settings are read when asked, so a test can change process.env (the build bakes them in).
function withEnv(values: Record<string, string | undefined>, run: () => void): void {
  const env = process.env as Record<string, string | undefined>
  const before = Object.fromEntries(Object.keys(values).map((key) => [key, env[key]]))
  Object.assign(env, values)
  for (const [key, value] of Object.entries(values)) if (value === undefined) delete env[key]
  try {
    run()
  } finally {
    for (const [key, value] of Object.entries(before)) {
      if (value === undefined) delete env[key]
      else env[key] = value
    }
  }
}

describe('deployment settings', () => {
  it('turns the demo accounts on only for TARO_APP_DEMO=1', () => {
    withEnv({ TARO_APP_DEMO: '1' }, () => expect(demoAccountsEnabled()).toBe(true))
    withEnv({ TARO_APP_DEMO: '' }, () => expect(demoAccountsEnabled()).toBe(false))
    withEnv({ TARO_APP_DEMO: undefined }, () => expect(demoAccountsEnabled()).toBe(false))
  })

  it('reads an unset template id or H5 base as empty, trimmed otherwise', () => {
    withEnv({ TARO_APP_NOTICE_TEMPLATE_ACCEPTED: undefined, TARO_APP_H5_BASE: ' https://zwfw.example.gov.cn/palm/ ' }, () => {
      expect(noticeTemplateIds().accepted).toBe('')
      expect(h5Base()).toBe('https://zwfw.example.gov.cn/palm/')
    })
  })
})
