// babel-preset-taro is used by both the Taro builds and jest (babel-jest), so tests compile like the app.
module.exports = {
  presets: [
    ['taro', {
      framework: 'react',
      ts: true,
      compiler: 'webpack5',
      // The weapp runs on WeChat's own current engines (base library ≥ 3.5): no ES5 down-levelling
      // (async state machines, spread helpers) for the H5 browserslist's old Android; smaller package.
      ...(process.env.TARO_ENV === 'weapp' ? { targets: { ios: '12', chrome: '70' }, ignoreBrowserslistConfig: true } : {}),
    }],
  ],
}
