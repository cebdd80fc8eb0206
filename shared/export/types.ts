// What an action plan export is made of: everything the facilitator sends round the next morning.
import type { Action } from '../actions/types.ts'
import type { NextMeeting } from '../api/types.ts'
import type { Decision } from '../decisions/readDecisions.ts'
import type { Lang } from '../i18n/translate.ts'
import type { Outcomes } from '../outcomes/outcomes.ts'
import type { Sketch } from './sketch.ts'
import { plainTextDeep } from '../text/plainText.ts'

export const EXPORT_FORMATS = ['md', 'csv', 'docx', 'ics', 'json', 'pdf', 'png'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export interface ActionPlan {
  lang: Lang
  title: string
  /** The session's date, YYYY-MM-DD. */
  date: string
  /** Display names of everyone who took part (not viewers), in order of arrival. */
  participants: string[]
  outcomes: Outcomes
  actions: Action[]
  /**
   * The session's id, when known. Calendar UIDs are built from it so that importing the plan again
   * after renaming the session updates the events instead of doubling them; without it, title and
   * date stand in.
   */
  sessionId?: string
  // Issue 14 (the plan a municipality sends round). Optional until every renderer uses them.
  /** Local start, YYYY-MM-DDTHH:mm, when the facilitator set it. */
  startsAt?: string
  place?: string
  /** The facilitator's display name(s) as they appeared on the board. */
  facilitators?: string[]
  /** Everyone who took part, with organisation or role as given; excluded names and viewers left out. */
  people?: PlanParticipant[]
  decisions?: Decision[]
  nextMeeting?: NextMeeting
  /** Today as YYYY-MM-DD when the plan was made: actions due before it and not done are overdue. */
  today?: string
  /** An image of each template (shared/export/sketch.ts), for the formats that can show one (pdf, docx, png). */
  sketches?: Sketch[]
}

export interface PlanParticipant {
  name: string
  /** Organisation or role as given; '' when none. */
  organisation: string
  facilitator: boolean
}

/**
 * The plan with every text made plain (line breaks as '\n', no control characters): what every renderer
 * starts from, so that no typed text can end a Markdown line, an iCalendar property or Word's XML early.
 */
export function plainPlan(plan: ActionPlan): ActionPlan {
  return plainTextDeep(plan)
}
