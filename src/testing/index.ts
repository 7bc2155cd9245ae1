/**
 * Everything an app test needs, from one place: rendering and interaction (`render`), the
 * in-process backend the page talks to (`mock-backend`), the phone's photo picker (`photos`) and
 * the world builders bound to that backend (`worlds`). Test-only: no product file imports this
 * folder, so the build never bundles it.
 */
export * from './render'
export * from './mock-backend'
export * from './photos'
export * from './worlds'
