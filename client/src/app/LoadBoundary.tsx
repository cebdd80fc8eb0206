// A screen whose code is fetched on demand (React.lazy) can fail to arrive: the venue's Wi-Fi dropped,
// or a new version replaced the files meanwhile. Say so and offer a reload instead of a blank page.
import { Component, type ReactNode } from 'react'
import { useT } from '../i18n/I18nProvider.tsx'
import { MessagePage } from './MessagePage.tsx'

export class LoadBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override componentDidCatch(error: unknown): void {
    console.error('samenbord: could not load this screen', error)
  }

  override render(): ReactNode {
    return this.state.failed ? <LoadFailed /> : this.props.children
  }
}

function LoadFailed() {
  const t = useT()
  return (
    <MessagePage
      title={t('error.title')}
      body={t('error.loadSession')}
      action={
        <button className="button primary" onClick={() => window.location.reload()}>
          {t('error.retry')}
        </button>
      }
    />
  )
}
