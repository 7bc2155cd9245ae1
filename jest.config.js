// Two projects: the mock backend runs in plain Node; the app runs in jsdom with Taro's H5 runtime
// (via @tarojs/test-utils-react), talking to the real mock routes in-process through fetch.
const path = require('node:path')
const defineJestConfig = require('@tarojs/test-utils-react/dist/jest.js').default

const aliases = {
  '^@/(.*)$': '<rootDir>/src/$1',
  '^@contract/(.*)$': '<rootDir>/types/$1',
}

const app = defineJestConfig({
  displayName: 'app',
  rootDir: __dirname,
  testEnvironment: path.join(__dirname, 'config/jest/app-environment.js'),
  testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
  // config/jest is a root so its __mocks__/zustand.ts resets every store between tests.
  roots: ['<rootDir>/src', '<rootDir>/config/jest'],
  setupFiles: [require.resolve('@tarojs/test-utils-react/dist/jest/jest.setup.js'), '<rootDir>/config/jest/deployment-env.js'],
  setupFilesAfterEnv: ['<rootDir>/config/jest/app-setup.ts'],
  transform: {
    '^.+\\.(js|jsx|ts|tsx|mjs)$': require.resolve('@tarojs/test-utils-react/dist/jest/babel-transformer.js'),
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'json'],
  moduleNameMapper: {
    ...aliases,
    // The components the H5 build draws (config/index.ts: h5.useHtmlComponents), not test-utils'
    // default of Taro's Stencil web components.
    '@tarojs/components$': '<rootDir>/config/jest/taro-components.js',
    '\\.(css|scss|sass|less)$': '<rootDir>/config/jest/style-stub.js',
  },
  globals: { API_BASE_URL: '/api/v1' },
})
// test-utils defaults to stopping at the first failure; a run should report every failing test.
delete app.bail
delete app.verbose

module.exports = {
  projects: [
    {
      displayName: 'mock',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/mock/**/*.test.ts'],
      // The backend runs on Node: compile for the running Node, not for the old browsers the
      // Taro preset targets (that made loading the 22k-item seed several times slower).
      transform: {
        '^.+\\.(ts|tsx|js|mjs)$': ['babel-jest', {
          configFile: false,
          babelrc: false,
          presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript'],
        }],
      },
      moduleNameMapper: aliases,
      moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
    },
    app,
  ],
}

// Tests of the tooling itself (config/lint: the import boundaries): plain Node, compiled like the mock.
const mock = module.exports.projects.find((project) => project.displayName === 'mock')
module.exports.projects.push({
  displayName: 'tooling',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/config/**/*.test.ts'],
  transform: mock.transform,
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
})
