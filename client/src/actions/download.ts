// Downloads: the action plan from the server (facilitator token), the board image from tldraw.
import type { Editor } from 'tldraw'
import { todayIso } from '../../../shared/actions/dates.ts'
import type { ExportFormat } from '../../../shared/export/types.ts'
import type { Lang } from '../../../shared/i18n/index.ts'
import { slugify } from '../../../shared/export/fileName.ts'
import { errorFrom } from '../app/api.ts'

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  a.style.display = 'none'
  document.body.append(a)
  a.click()
  a.remove()
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

/** The file name from a Content-Disposition header (RFC 6266: filename* wins over filename). */
export function fileNameFrom(header: string | null): string | null {
  if (!header) return null
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header)
  if (star?.[2]) {
    try {
      return decodeURIComponent(star[2].trim().replace(/^"|"$/g, ''))
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header)
  const name = plain ? (plain[2] ?? plain[1] ?? '').trim() : ''
  return name || null
}

export async function downloadActionPlan(opts: { sessionId: string; token: string; format: ExportFormat; lang: Lang; title: string }): Promise<string> {
  const query = new URLSearchParams({ format: opts.format, lang: opts.lang })
  const res = await fetch(`/api/sessions/${encodeURIComponent(opts.sessionId)}/export?${query}`, {
    headers: { authorization: `Bearer ${opts.token}` },
    cache: 'no-store',
  })
  if (res.status !== 200) throw await errorFrom(res)
  const blob = await res.blob()
  const name = fileNameFrom(res.headers.get('content-disposition')) ?? `${slugify(opts.title) || 'samenbord'}.${opts.format}`
  saveBlob(blob, name)
  return name
}

/** e.g. "bord-werkgroep-centrum-2026-11-23.png", like the action plan's name ("actieplan-…"). */
export async function downloadBoardImage(editor: Editor, format: 'png' | 'svg', title: string, prefix: string): Promise<string | null> {
  const ids = [...editor.getCurrentPageShapeIds()]
  if (ids.length === 0) return null
  const { blob } = await editor.toImage(ids, { format, background: true, padding: 32 })
  const slug = slugify(title)
  const name = `${prefix}${slug ? `-${slug}` : ''}-${todayIso(new Date())}.${format}`
  saveBlob(blob, name)
  return name
}
