// Order matters: @tarojs/taro must load before the framework runtime (else a circular import
// crashes on `history`), and the H5 native-component config must exist before page hooks run.
import Taro from '@tarojs/taro'
import React from 'react'
import ReactDOM from 'react-dom'
import { createH5NativeComponentConfig } from '@tarojs/plugin-framework-react/dist/runtime'
import { designWidth, deviceRatio } from '../design'
import { mockBackend } from './mock-backend'

createH5NativeComponentConfig(null, React, ReactDOM)
// test-utils' transformer compiles JSX with the classic runtime (React.createElement), as Taro's
// own build does not; files that never import React still need it in scope.
Object.assign(globalThis, { React, IS_REACT_ACT_ENVIRONMENT: true })
// The build injects this call into the app; components that size inline styles need it too.
Taro.initPxTransform({ designWidth, deviceRatio })
mockBackend.install()

beforeEach(() => {
  window.localStorage.clear()
  mockBackend.reset()
})
