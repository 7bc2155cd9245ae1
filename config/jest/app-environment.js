// jsdom lacks the WHATWG fetch family that both taro-h5's request (fetch) and the in-process mock
// (Hono: Request/Response) need; lend Node's own, without replacing anything jsdom already has.
const JSDOMEnvironment = require('jest-environment-jsdom').default

const LENT = ['fetch', 'Request', 'Response', 'Headers', 'ReadableStream', 'TextEncoder', 'TextDecoder',
  'AbortController', 'AbortSignal', 'structuredClone', 'TransformStream', 'WritableStream', 'Blob', 'FormData', 'File',
  'setImmediate', 'clearImmediate', 'crypto']

class AppEnvironment extends JSDOMEnvironment {
  constructor(config, context) {
    super(config, context)
    for (const name of LENT) {
      if (typeof this.global[name] === 'undefined' && typeof globalThis[name] !== 'undefined') {
        this.global[name] = globalThis[name]
      }
    }
  }
}

module.exports = AppEnvironment
