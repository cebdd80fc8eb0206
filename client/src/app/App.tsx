import { useEffect } from 'react'
import { useT } from '../i18n/I18nProvider.tsx'
import { BoardPage } from './BoardPage.tsx'
import { HomePage } from './HomePage.tsx'
import { MessagePage } from './MessagePage.tsx'
import { useRoute } from './route.ts'

export function App() {
  const route = useRoute()
  const t = useT()

  useEffect(() => {
    if (route.page !== 'board') document.title = t('app.name')
  }, [route.page, t])

  switch (route.page) {
    case 'home':
      return <HomePage />
    case 'board':
      // keyed by token: another session is a fresh page, never a reused connection
      return <BoardPage key={route.token} token={route.token} />
    case 'notFound':
      return <MessagePage title={t('notFound.title')} showHomeLink />
  }
}
