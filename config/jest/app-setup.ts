// Order matters: @tarojs/taro must load before the framework runtime (else a circular import
// crashes on `history`), and the H5 native-component config must exist before page hooks run.
import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import React, { act } from 'react'
import ReactDOM from 'react-dom'
import { createH5NativeComponentConfig } from '@tarojs/plugin-framework-react/dist/runtime'
import { designWidth, deviceRatio } from '../design'
import { mockBackend } from '../../src/testing/mock-backend'

createH5NativeComponentConfig(null, React, ReactDOM)
// test-utils' transformer compiles JSX with the classic runtime (React.createElement), as Taro's
// own build does not; files that never import React still need it in scope.
Object.assign(globalThis, { React, IS_REACT_ACT_ENVIRONMENT: true })
// The build injects this call into the app; components that size inline styles need it too.
Taro.initPxTransform({ designWidth, deviceRatio })
mockBackend.install()

// Building the real 22k-item catalogue and its search index takes a few seconds once per file;
// pay it before the first test rather than inside it.
beforeAll(() => {
  mockBackend.app()
}, 60_000)

// test-utils never unmounts what a test mounted; a page left behind would keep reacting to the
// next test's store changes and requests. Track every mount and unmount it after the test.
const mounted: TestUtils[] = []
const mount = TestUtils.prototype.mount
TestUtils.prototype.mount = function (this: TestUtils, ...args: Parameters<TestUtils['mount']>) {
  mounted.push(this)
  return mount.apply(this, args)
}

afterEach(() => {
  act(() => {
    for (const utils of mounted.splice(0)) {
      try {
        utils.unmout()
      } catch {
        // Already unmounted by the test itself.
      }
    }
  })
  document.body.innerHTML = ''
  jest.restoreAllMocks()
})

beforeEach(() => {
  window.localStorage.clear()
  mockBackend.reset()
})
