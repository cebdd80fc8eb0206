// One entry for the export route: a plan and a format in, the file's bytes, type and name out.
import { contentType, exportFileName } from '../../shared/export/fileName.ts'
import { toCsv } from '../../shared/export/csv.ts'
import { toIcs } from '../../shared/export/ics.ts'
import { toJson } from '../../shared/export/json.ts'
import { toMarkdown } from '../../shared/export/markdown.ts'
import type { ActionPlan, ExportFormat } from '../../shared/export/types.ts'
import { toDocx } from './docx.ts'

export { toDocx } from './docx.ts'

export interface ExportFile {
  body: Uint8Array | string
  contentType: string
  fileName: string
}

async function body(plan: ActionPlan, format: ExportFormat): Promise<Uint8Array | string> {
  switch (format) {
    case 'md':
      return toMarkdown(plan)
    case 'csv':
      return toCsv(plan)
    case 'docx':
      return toDocx(plan)
    case 'ics':
      return toIcs(plan)
    case 'json':
      return toJson(plan)
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
