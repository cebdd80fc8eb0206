// Each page's code arrives on its own (the home page without tldraw, the board with it): while it is on
// its way the page says so, and when fetching it fails (flaky venue Wi-Fi, or a new version deployed in
// the meantime, so the old chunk names are gone) it offers a reload instead of a blank screen.
import { Component, Suspense, type ReactNode } from 'react'
import { useT } from '../i18n/I18nProvider.tsx'
import { MessagePage } from './MessagePage.tsx'

export function LazyPage(props: { loading: ReactNode; children: ReactNode }) {
  return (
    <ChunkBoundary failed={<ChunkFailed />}>
      <Suspense fallback={props.loading}>{props.children}</Suspense>
    </ChunkBoundary>
  )
}

function ChunkFailed() {
  const t = useT()
  return (
    <MessagePage
      testId="page-load-failed"
      title={t('error.title')}
      body={t('error.loadPage')}
      action={
        <button className="button primary" onClick={() => window.location.reload()}>
          {t('error.retry')}
        </button>
      }
    />
  )
}

/** A lazily loaded part that could not be fetched shows `failed` instead (logged). */
export class ChunkBoundary extends Component<{ failed: ReactNode; children: ReactNode }, { error: boolean }> {
  override state = { error: false }

  static getDerivedStateFromError() {
    return { error: true }
  }

  override componentDidCatch(error: unknown) {
    console.error('samenbord: could not load this page', error)
  }

  override render() {
    return this.state.error ? this.props.failed : this.props.children
  }
}
