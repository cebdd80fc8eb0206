// A screen whose code is fetched on demand (React.lazy) can fail to arrive: the venue's Wi-Fi dropped,
// or a new version replaced the files meanwhile. Say so and offer a reload instead of a blank page, or,
// for a part of a page (`failed`, e.g. null), show that instead and keep the rest of the page working.
import { Component, Suspense, type ReactNode } from 'react'
import { useT } from '../i18n/I18nProvider.tsx'
import { MessagePage } from './MessagePage.tsx'

export class LoadBoundary extends Component<{ children: ReactNode; failed?: ReactNode }, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override componentDidCatch(error: unknown): void {
    console.error('samenbord: could not load this screen', error)
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children
    return this.props.failed === undefined ? <LoadFailed /> : this.props.failed
  }
}

function LoadFailed() {
  const t = useT()
  return (
    <MessagePage
      testId="load-failed"
      title={t('error.title')}
      body={t('error.loadPage')}
      action={
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {t('error.retry')}
        </button>
      }
    />
  )
}

/** A whole page fetched on demand: "loading" with `title` while it comes, LoadFailed if it cannot. */
export function LazyPage(props: { title: string; children: ReactNode }) {
  return (
    <LoadBoundary>
      <Suspense fallback={<MessagePage busy title={props.title} />}>{props.children}</Suspense>
    </LoadBoundary>
  )
}
