import { lazy, useEffect } from 'react'
import { useT } from '../i18n/I18nProvider.tsx'
import { LazyPage } from './LoadBoundary.tsx'
import { MessagePage } from './MessagePage.tsx'
import { useRoute } from './route.ts'

// Each page is a chunk of its own, so the home page never downloads the board's tldraw (and the board
// page not the home page's template previews). The entry keeps only what every page needs: React,
// i18n, routing and the message pages.
const HomePage = lazy(() => import('./HomePage.tsx').then((m) => ({ default: m.HomePage })))
const BoardPage = lazy(() => import('./BoardPage.tsx').then((m) => ({ default: m.BoardPage })))
// The working group's actieoverzicht: no canvas, so no tldraw.
const SeriesPage = lazy(() => import('../series/SeriesPage.tsx').then((m) => ({ default: m.SeriesPage })))
// The accessibility statement: its long text only for those who open it.
const StatementPage = lazy(() => import('../statement/StatementPage.tsx').then((m) => ({ default: m.StatementPage })))

export function App() {
  const route = useRoute()
  const t = useT()

  useEffect(() => {
    if (route.page !== 'board' && route.page !== 'series' && route.page !== 'statement') document.title = t('app.name')
  }, [route.page, t])

  switch (route.page) {
    case 'home':
      return (
        <LazyPage title={t('loading.page')}>
          <HomePage />
        </LazyPage>
      )
    case 'board':
      // The same card BoardPage shows first while it asks the server about the link, so no flicker.
      return (
        <LazyPage title={t('loading.session')}>
          {/* keyed by token: another session is a fresh page, never a reused connection */}
          <BoardPage key={route.token} token={route.token} />
        </LazyPage>
      )
    case 'series':
      return (
        <LazyPage title={t('series.loading')}>
          <SeriesPage key={route.token} prefix={route.prefix} token={route.token} />
        </LazyPage>
      )
    case 'statement':
      return (
        <LazyPage title={t('access.loading')}>
          <StatementPage />
        </LazyPage>
      )
    case 'notFound':
      return <MessagePage title={t('notFound.title')} showHomeLink />
  }
}
