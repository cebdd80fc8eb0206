// "Werkvormen op het bord": the methods to place on a new board, each a card with a small preview.
// Any number may be chosen (none: an empty board); they are placed side by side in the offered order.
import type { MessageKey } from '../../../shared/i18n/index.ts'
import type { TemplateLayoutId } from '../../../shared/templates/types.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { choicesFor, REVIEW_LAYOUT } from './templateChoices.ts'
import { TemplatePreview } from './TemplatePreview.tsx'

export function TemplateChooser(props: {
  chosen: ReadonlySet<TemplateLayoutId>
  disabled: boolean
  /** A follow-up board is never empty: the carried actions are on it. */
  followUp: boolean
  onToggle: (layout: TemplateLayoutId) => void
}) {
  const t = useT()
  const count = props.chosen.size
  return (
    <fieldset className="template-chooser" data-testid="template-chooser" disabled={props.disabled}>
      <legend>
        {t('home.templates.heading')}
        <span className="template-chooser-count" data-testid="template-count">
          {count === 0 ? t(props.followUp ? 'home.templates.onlyActions' : 'home.templates.none') : t('home.templates.count', { count })}
        </span>
      </legend>
      <p className="hint">{t('home.templates.hint')}</p>
      {props.followUp && props.chosen.has(REVIEW_LAYOUT) && (
        <p className="hint" data-testid="template-review-preselected">
          {t('home.templates.reviewPreselected')}
        </p>
      )}
      <div className="template-choices">
        {choicesFor(props.followUp).map(({ layout, spec }) => {
          const checked = props.chosen.has(layout)
          return (
            <label
              key={layout}
              className="template-choice"
              data-checked={checked || undefined}
              data-testid={`home-template-${layout}`}
              title={t(`insert.layout.${layout}.hint` as MessageKey)}
            >
              <input type="checkbox" checked={checked} onChange={() => props.onToggle(layout)} data-testid={`home-template-${layout}-input`} />
              <TemplatePreview spec={spec} />
              <span className="template-choice-text">
                <strong>{t(spec.titleKey)}</strong>
                <span className="hint">{t(`insert.layout.${layout}.hint` as MessageKey)}</span>
              </span>
            </label>
          )
        })}
      </div>
    </fieldset>
  )
}
