// babel-preset-taro is used by both the Taro builds and jest (babel-jest), so tests compile like the app.
module.exports = {
  presets: [
    ['taro', {
      framework: 'react',
      ts: true,
      compiler: 'webpack5',
    }],
  ],
}
