import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/// One axe-core finding, as a test reports it: the rule, its impact and where.
export interface AxeViolation {
  readonly id: string
  readonly impact: string
  readonly help: string
  readonly targets: string[]
}

/// Run axe-core (WCAG 2.x A and AA rules) over the page as it stands and return its
/// serious and critical violations. axe is put into the page through the DevTools
/// protocol's evaluation, which the page's Content-Security-Policy does not govern (an
/// injected <script> would be refused by `script-src 'self'`, and must stay refused).
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!await page.evaluate(() => 'axe' in window)) await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string, impact: string, help: string, nodes: Array<{ target: string[] }> }> }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }))
  })
  return violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
}
