// jsdom lacks the WHATWG fetch family that both taro-h5's request (fetch) and the in-process mock
// (Hono: Request/Response) need; lend Node's own, without replacing anything jsdom already has.
const JSDOMEnvironment = require('jest-environment-jsdom').default

const LENT = ['fetch', 'Request', 'Response', 'Headers', 'ReadableStream', 'TextEncoder', 'TextDecoder',
  'AbortController', 'AbortSignal', 'structuredClone', 'TransformStream', 'WritableStream',
  'setImmediate', 'clearImmediate', 'crypto']

// jsdom has its own Blob/File/FormData, but Node's Request cannot serialize them: a multipart
// upload (taro-h5's uploadFile builds `new FormData()` and appends the picked Blob) would reach the
// in-process backend as the text "[object FormData]". Node's own classes make the body travel intact.
// What loses by it: jsdom's FileReader and <input type=file> only take jsdom Blobs; no app test uses them.
const REPLACED = ['Blob', 'File', 'FormData']

class AppEnvironment extends JSDOMEnvironment {
  constructor(config, context) {
    super(config, context)
    for (const name of LENT) {
      if (typeof this.global[name] === 'undefined' && typeof globalThis[name] !== 'undefined') {
        this.global[name] = globalThis[name]
      }
    }
    for (const name of REPLACED) this.global[name] = globalThis[name]
  }
}

module.exports = AppEnvironment
