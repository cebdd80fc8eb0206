// One entry for the export route: a plan and a format in, the file's bytes, type and name out.
// Each renderer is imported when its format is first asked for: docx, ics and papaparse together cost
// the server ~15 MB and a quarter of a second at start, for a file downloaded after the workshop.
import { contentType, exportFileName } from '../../shared/export/fileName.ts'
import type { ActionPlan, ExportFormat } from '../../shared/export/types.ts'

export interface ExportFile {
  body: Uint8Array | string
  contentType: string
  fileName: string
}

export interface ExportOptions {
  /** CSV: add the technical id column (`?ids=1`). */
  ids?: boolean
  /** PNG: the template instance to show (`?template=`); without it, every template, one page under the other. */
  template?: string
}

async function body(plan: ActionPlan, format: ExportFormat, options: ExportOptions): Promise<Uint8Array | string> {
  switch (format) {
    case 'md':
      return (await import('../../shared/export/markdown.ts')).toMarkdown(plan)
    case 'csv':
      return (await import('../../shared/export/csv.ts')).toCsv(plan, { ids: options.ids === true })
    case 'docx':
      return (await import('./docx.ts')).toDocx(plan)
    case 'ics':
      return (await import('../../shared/export/ics.ts')).toIcs(plan)
    case 'json':
      return (await import('../../shared/export/json.ts')).toJson(plan)
    case 'pdf':
      return (await import('./pdf.ts')).toPdf(plan)
    case 'png': {
      const sketches = plan.sketches ?? []
      const chosen = options.template === undefined ? sketches : sketches.filter((s) => s.instance === options.template)
      return (await import('./sketchPng.ts')).sketchPng(chosen)
    }
    default: {
      // A format added to EXPORT_FORMATS without a renderer fails to compile here.
      const unknown: never = format
      throw new Error(`unknown export format "${String(unknown)}"`)
    }
  }
}

/** Why a file cannot be made: nothing to draw, or a template that is not on the board. */
export interface ExportRefusal {
  status: 404
  message: string
}

/** The image of the board needs a template on it, and the one asked for. */
export function refuseExport(plan: ActionPlan, format: ExportFormat, options: ExportOptions): ExportRefusal | undefined {
  if (format !== 'png') return undefined
  const sketches = plan.sketches ?? []
  if (sketches.length === 0) return { status: 404, message: 'the board has no templates to draw' }
  if (options.template !== undefined && !sketches.some((s) => s.instance === options.template)) {
    return { status: 404, message: `no template "${options.template}" on this board: the instance ids are in GET /api/sessions/:id/outcomes` }
  }
  return undefined
}

export async function renderExport(plan: ActionPlan, format: ExportFormat, options: ExportOptions = {}): Promise<ExportFile> {
  const template = format === 'png' && options.template ? plan.sketches?.find((s) => s.instance === options.template)?.title : undefined
  return {
    body: await body(plan, format, options),
    contentType: contentType(format),
    fileName: exportFileName(plan.title, plan.date, format, plan.lang, template),
  }
}
