// The toegankelijkheidsverklaring at /toegankelijkheid (?lang=en: in English), linked from the home page.
// Its text is in shared/i18n/statementMessages.ts and comes with this page's chunk only. The contact line
// is the installation's (ACCESSIBILITY_CONTACT, through /api/config), else the session's organiser.
import { useEffect, useState, type MouseEvent } from 'react'
import { STATEMENT_PATH } from '../../../shared/api/pages.ts'
import { statementEn, statementNl } from '../../../shared/i18n/statementMessages.ts'
import { fetchConfig } from '../app/config.ts'
import { followInPlace } from '../app/route.ts'
import { useLang, useT } from '../i18n/I18nProvider.tsx'
import './statement.css'

/** The day this statement was last drawn up and its parts evaluated; change it with the text. */
const STATEMENT_DATE = { year: 2026, month: 11, day: 30 }

const LOCALE = { nl: 'nl-NL', en: 'en-GB' } as const

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)
}

export function StatementPage() {
  const t = useT()
  const lang = useLang()
  const text = lang === 'en' ? statementEn : statementNl
  // undefined until /api/config answered, so the fallback never flashes before the operator's line
  const [contact, setContact] = useState<string | null | undefined>(undefined)

  useEffect(() => {
    let live = true
    void fetchConfig().then((config) => {
      if (live) setContact(config.accessibilityContact)
    })
    return () => {
      live = false
    }
  }, [])

  useEffect(() => {
    document.title = `${text.title} · ${t('app.name')}`
  }, [text, t])

  const { year, month, day } = STATEMENT_DATE
  const date = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)))
  const toHome = (event: MouseEvent<HTMLAnchorElement>) => followInPlace(event, '/')

  return (
    <main className="statement-page" data-testid="statement-page">
      <article className="card statement">
        <nav className="statement-nav">
          <a className="brand-mark" href="/" onClick={toHome}>
            {t('app.name')}
          </a>
          {/* the other language is a page load of its own: the language is chosen once per page */}
          <a
            href={`${STATEMENT_PATH}?lang=${text.otherLanguage.lang}`}
            lang={text.otherLanguage.lang}
            hrefLang={text.otherLanguage.lang}
            data-testid="statement-other-language"
          >
            {text.otherLanguage.label}
          </a>
        </nav>
        <h1>{text.title}</h1>
        <p>{text.intro}</p>
        <p>{fill(text.scope, { host: window.location.host })}</p>

        <section>
          <h2>{text.status.heading}</h2>
          <p className="statement-verdict" data-testid="statement-status">
            {text.status.verdict}
          </p>
          <p>{text.status.body}</p>
        </section>

        <section>
          <h2>{text.conforms.heading}</h2>
          <p>{text.conforms.intro}</p>
          <ul>
            {text.conforms.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>

        <section>
          <h2>{text.notYet.heading}</h2>
          <p>{text.notYet.intro}</p>
          <ul className="statement-gaps">
            {text.notYet.items.map((item) => (
              <li key={item.what}>
                <p>{item.what}</p>
                <p>
                  <strong>{text.notYet.insteadLabel}</strong> {item.instead}
                </p>
              </li>
            ))}
          </ul>
        </section>

        <section>
          <h2>{text.alternatives.heading}</h2>
          <dl className="statement-alternatives">
            {text.alternatives.items.map((item) => (
              <div key={item.name}>
                <dt>{item.name}</dt>
                <dd>{item.how}</dd>
              </div>
            ))}
          </dl>
        </section>

        <section>
          <h2>{text.tested.heading}</h2>
          <ul>
            {text.tested.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p>{text.tested.note}</p>
        </section>

        <section>
          <h2>{text.contact.heading}</h2>
          <p>{text.contact.body}</p>
          <p className="statement-contact" data-testid="statement-contact">
            {contact === undefined ? '' : contact ? fill(text.contact.operator, { contact }) : text.contact.organiser}
          </p>
        </section>

        <p className="hint" data-testid="statement-date">
          {fill(text.drawnUp, { date })}
        </p>
        <a className="button secondary" href="/" onClick={toHome}>
          {text.home}
        </a>
      </article>
    </main>
  )
}
