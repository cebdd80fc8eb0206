// "Bijeenkomst": the facilitator sets when and where this meeting is and when the working group meets
// again (PATCH /api/sessions/:id). A tldraw dialog (TldrawUiDialog*, opened with useDialogs). Days and
// times are typed the Dutch way, DD-MM-YYYY and HH:mm, in text fields with the format in their label:
// never the browser's date picker, which would show an English browser's 12/01/2026 for 1 December.
// What is typed is checked by the same rules the server applies (shared/sessions/meetingForm.ts).
import { useEffect, useId, useState, type FormEvent } from 'react'
import {
  TldrawUiButton,
  TldrawUiButtonLabel,
  TldrawUiDialogBody,
  TldrawUiDialogCloseButton,
  TldrawUiDialogFooter,
  TldrawUiDialogHeader,
  TldrawUiDialogTitle,
  type TLUiDialogProps,
} from 'tldraw'
import type { MessageKey } from '../../../shared/i18n/index.ts'
import { MAX_PLACE_LENGTH } from '../../../shared/sessions/meeting.ts'
import { meetingFormOf, patchFromForm, type MeetingField, type MeetingForm } from '../../../shared/sessions/meetingForm.ts'
import { actionError } from '../facilitation/actionError.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { meetingApi, type MeetingTarget } from './meetingApi.ts'

type State = { phase: 'loading' } | { phase: 'ready'; form: MeetingForm } | { phase: 'saving'; form: MeetingForm }

export function MeetingDialog(props: TLUiDialogProps & { target: MeetingTarget }) {
  const t = useT()
  const id = useId()
  const [state, setState] = useState<State>({ phase: 'loading' })
  const [wrong, setWrong] = useState<ReadonlySet<MeetingField>>(new Set())
  const [error, setError] = useState<string | null>(null)
  const { target, onClose } = props

  // What the session holds now: another facilitator may have changed it since this page loaded.
  useEffect(() => {
    let live = true
    meetingApi
      .current(target)
      .then((answer) => live && setState({ phase: 'ready', form: meetingFormOf(answer.meeting) }))
      .catch((cause: unknown) => {
        if (!live) return
        setError(actionError(cause, t))
        setState({ phase: 'ready', form: meetingFormOf(undefined) })
      })
    return () => {
      live = false
    }
  }, [target, t])

  const form = state.phase === 'loading' ? null : state.form
  const set = (field: MeetingField, value: string) => {
    if (!form || state.phase !== 'ready') return
    setState({ phase: 'ready', form: { ...form, [field]: value } })
    if (wrong.has(field)) setWrong(new Set([...wrong].filter((f) => f !== field)))
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!form || state.phase !== 'ready') return
    const result = patchFromForm(form)
    if (!result.ok) {
      setWrong(new Set(result.fields))
      return
    }
    setError(null)
    setState({ phase: 'saving', form })
    try {
      await meetingApi.update(target, result.patch)
      onClose()
    } catch (cause) {
      setError(t('meeting.error', { message: actionError(cause, t) }))
      setState({ phase: 'ready', form })
    }
  }

  const field = (name: MeetingField, label: MessageKey, placeholder: MessageKey, opts: { wide?: boolean; maxLength?: number; inputMode?: 'numeric' } = {}) => (
    <div className={opts.wide ? 'meeting-field meeting-field-wide' : 'meeting-field'}>
      <label htmlFor={`${id}-${name}`}>{t(label)}</label>
      <input
        id={`${id}-${name}`}
        data-testid={`meeting-${name}`}
        type="text"
        autoComplete="off"
        inputMode={opts.inputMode}
        maxLength={opts.maxLength ?? 16}
        placeholder={t(placeholder)}
        value={form?.[name] ?? ''}
        disabled={state.phase !== 'ready'}
        aria-invalid={wrong.has(name) || undefined}
        aria-describedby={wrong.has(name) ? `${id}-${name}-error` : undefined}
        onChange={(event) => set(name, event.target.value)}
      />
      {wrong.has(name) && (
        <span id={`${id}-${name}-error`} className="meeting-invalid" role="alert">
          {t(`meeting.invalid.${name}` as MessageKey)}
        </span>
      )}
    </div>
  )

  return (
    <form className="meeting-dialog" data-testid="meeting-dialog" onSubmit={(event) => void submit(event)} noValidate>
      <TldrawUiDialogHeader>
        <TldrawUiDialogTitle>{t('meeting.title')}</TldrawUiDialogTitle>
        <TldrawUiDialogCloseButton />
      </TldrawUiDialogHeader>
      <TldrawUiDialogBody className="meeting-body">
        <p className="hint">{t('meeting.intro')}</p>
        {state.phase === 'loading' ? (
          <p className="hint" role="status">
            {t('meeting.loading')}
          </p>
        ) : (
          <>
            <fieldset className="meeting-group">
              <legend>{t('meeting.start')}</legend>
              {field('startDay', 'meeting.day', 'meeting.dayPlaceholder', { inputMode: 'numeric' })}
              {field('startTime', 'meeting.time', 'meeting.timePlaceholder', { inputMode: 'numeric' })}
              {field('place', 'meeting.place', 'meeting.place.placeholder', { wide: true, maxLength: MAX_PLACE_LENGTH })}
            </fieldset>
            <fieldset className="meeting-group">
              <legend>{t('meeting.next')}</legend>
              {field('nextDay', 'meeting.day', 'meeting.dayPlaceholder', { inputMode: 'numeric' })}
              {field('nextTime', 'meeting.time.optional', 'meeting.timePlaceholder', { inputMode: 'numeric' })}
              {field('nextPlace', 'meeting.place', 'meeting.place.placeholder', { wide: true, maxLength: MAX_PLACE_LENGTH })}
            </fieldset>
          </>
        )}
        {error && (
          <p className="meeting-error" role="alert" data-testid="meeting-error">
            {error}
          </p>
        )}
      </TldrawUiDialogBody>
      <TldrawUiDialogFooter className="tlui-dialog__footer__actions">
        <TldrawUiButton type="normal" onClick={onClose}>
          <TldrawUiButtonLabel>{t('meeting.cancel')}</TldrawUiButtonLabel>
        </TldrawUiButton>
        <TldrawUiButton type="primary" htmlButtonType="submit" disabled={state.phase !== 'ready'} data-testid="meeting-save">
          <TldrawUiButtonLabel>{state.phase === 'saving' ? t('meeting.saving') : t('meeting.save')}</TldrawUiButtonLabel>
        </TldrawUiButton>
      </TldrawUiDialogFooter>
    </form>
  )
}
