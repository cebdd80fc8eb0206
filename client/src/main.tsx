import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
// tldraw's stylesheet comes with the board's screen (board/tldrawStyles.ts, first in the cascade), not to every page.
import './styles/index.css'
import { App } from './app/App.tsx'
import { prefetchBoard } from './app/boardPrefetch.ts'
import { parseRoute } from './app/route.ts'
import { I18nProvider } from './i18n/I18nProvider.tsx'
import { detectLang } from './i18n/detectLang.ts'

const root = document.getElementById('root')
if (!root) throw new Error('#root missing from index.html')

prefetchBoard(parseRoute(window.location.pathname))

createRoot(root).render(
  <StrictMode>
    <I18nProvider lang={detectLang()}>
      <App />
    </I18nProvider>
  </StrictMode>,
)
