// axe-core (Deque's rules engine, through @axe-core/playwright) against a page, WCAG 2.1 A and AA rules
// only. @axe-core/playwright evaluates axe in the page through the DevTools protocol, which the page's
// Content-Security-Policy does not govern, so the CSP users get stays exactly as it is.
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

export interface AxeFinding {
  id: string
  impact: string
  help: string
  nodes: string[]
}

/** The serious and critical WCAG 2.1 A/AA violations on the page as it is now (empty when it passes). */
export async function seriousViolations(page: Page, opts: { include?: string; exclude?: string[] } = {}): Promise<AxeFinding[]> {
  // resultTypes: only violations are gathered in full (passes and the rest keep one node each), which
  // makes a scan of a board with hundreds of shapes several times quicker and finds the same violations.
  let builder = new AxeBuilder({ page }).withTags(WCAG_21_AA).options({ resultTypes: ['violations'] })
  if (opts.include) builder = builder.include(opts.include)
  for (const selector of opts.exclude ?? []) builder = builder.exclude(selector)
  const result = await builder.analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} :: ${n.failureSummary?.split('\n').slice(1, 2).join(' ') ?? ''}`),
    }))
}

/** A readable line per finding, for an assertion message. */
export function describeFindings(findings: AxeFinding[]): string {
  return findings.map((f) => `${f.impact} ${f.id}: ${f.help}\n  ${f.nodes.join('\n  ')}`).join('\n')
}
