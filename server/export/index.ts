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

async function body(plan: ActionPlan, format: ExportFormat): Promise<Uint8Array | string> {
  switch (format) {
    case 'md':
      return (await import('../../shared/export/markdown.ts')).toMarkdown(plan)
    case 'csv':
      return (await import('../../shared/export/csv.ts')).toCsv(plan)
    case 'docx':
      return (await import('./docx.ts')).toDocx(plan)
    case 'ics':
      return (await import('../../shared/export/ics.ts')).toIcs(plan)
    case 'json':
      return (await import('../../shared/export/json.ts')).toJson(plan)
    default: {
      // A format added to EXPORT_FORMATS without a renderer fails to compile here.
      const unknown: never = format
      throw new Error(`unknown export format "${String(unknown)}"`)
    }
  }
}

export async function renderExport(plan: ActionPlan, format: ExportFormat): Promise<ExportFile> {
  return {
    body: await body(plan, format),
    contentType: contentType(format),
    fileName: exportFileName(plan.title, plan.date, format, plan.lang),
  }
}
