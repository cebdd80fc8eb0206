// One area of the list view: its name as a heading (h3, focusable so the page can bring focus back to
// it), its meaning, a box to add a note to it, and its items in reading order. The box comes before the
// items: in an area of 60 notes it is a few Tab presses from the heading, not a hundred.
import type { OutlineArea, OutlineItem } from '../../../shared/outline/readOutline.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { NoteComposer } from '../phone/NoteComposer.tsx'
import { areaHeadingId, useListEnv } from './listContext.ts'
import { ListItem } from './ListItem.tsx'

export function ListArea(props: { area: Pick<OutlineArea, 'id' | 'name' | 'hint' | 'kind'>; items: readonly OutlineItem[]; composer: boolean }) {
  const { area, items } = props
  const t = useT()
  const env = useListEnv()
  const headingId = areaHeadingId(area.id)
  return (
    <section className="list-area" data-testid="list-area" data-area={area.id} data-kind={area.kind} data-count={items.length} aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} className="list-area-heading">
        {area.name}
        <span className="list-count"> ({items.length === 1 ? t('listView.count.one') : t('listView.count.many', { count: items.length })})</span>
      </h3>
      {area.hint && <p className="hint list-area-hint">{area.hint}</p>}
      {props.composer && (
        <NoteComposer
          areaId={area.id}
          inputId={`list-add-${area.id}`}
          label={t('listView.add.label', { area: area.name })}
          connection={env.connection}
          addedText={t('listView.notice.added', { area: area.name })}
          onAdded={env.markOwn}
          testIds={{ input: 'list-note-input', add: 'list-note-add' }}
          className="list-composer"
          buttonClassName="button primary small"
          rows={2}
        />
      )}
      {items.length === 0 ? (
        <p className="hint list-empty">{t('listView.empty.area')}</p>
      ) : (
        <ul className="list-items">
          {items.map((item, i) => (
            <ListItem key={item.id} item={item} areaId={area.id} nextId={items[i + 1]?.id ?? items[i - 1]?.id ?? null} />
          ))}
        </ul>
      )}
    </section>
  )
}
