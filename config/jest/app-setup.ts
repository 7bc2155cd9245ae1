// Order matters: @tarojs/taro must load before the framework runtime (else a circular import
// crashes on `history`), and the H5 native-component config must exist before page hooks run.
import '@tarojs/taro'
import React from 'react'
import ReactDOM from 'react-dom'
import { createH5NativeComponentConfig } from '@tarojs/plugin-framework-react/dist/runtime'
import { mockBackend } from './mock-backend'

createH5NativeComponentConfig(null, React, ReactDOM)
mockBackend.install()

beforeEach(() => {
  window.localStorage.clear()
  mockBackend.reset()
})
