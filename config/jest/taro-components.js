// jest renders the H5 side, so it gets the components the H5 build draws (config/index.ts:
// h5.useHtmlComponents): Taro's plain ones (@tarojs/components-react) for those the app uses, its
// web components (Textarea, Switch, Canvas …) for the rest, as components-react's own index does.
// Not that index itself: its components import `@tarojs/components` (this file) for View, and under
// jest's CommonJS that cycle hands them an unfinished module. Filled in order here, View is there
// before Button and the rest read it.
const plain = (name) => require(`@tarojs/components-react/dist/components/${name}/index.js`).default

Object.assign(module.exports, require('@tarojs/components/lib/react'))
module.exports.View = plain('view')
module.exports.Text = plain('text')
module.exports.Image = plain('image')
module.exports.Input = plain('input')
module.exports.ScrollView = plain('scroll-view')
module.exports.Button = plain('button')
