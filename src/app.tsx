import type { PropsWithChildren } from 'react'
import { installH5ButtonAccessibility } from '@/utils/h5-a11y'
import './app.scss'

installH5ButtonAccessibility()

function App({ children }: PropsWithChildren) {
  return children
}

export default App
