import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

/// One finding of electronegativity, as its programmatic `run` reports it.
export interface Finding {
  readonly id: string
  readonly file: string
  readonly line: number
  readonly column: number
  readonly severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH'
  readonly confidence: 'TENTATIVE' | 'FIRM' | 'CERTAIN'
  readonly description: string
  readonly sample: string
}

export interface ScanReport {
  readonly checks: number
  readonly findings: readonly Finding[]
  /// Files the scanner could not parse: a file it cannot read is a file it did not check.
  readonly unparsed: readonly string[]
}

interface RawIssue {
  id: string
  file: string
  location: { line: number, column: number }
  severity: { name: Finding['severity'] }
  confidence: { name: Finding['confidence'] }
  description: string
  sample?: string
}

interface RawResult {
  globalChecks: number
  atomicChecks: number
  errors: { file: string, message: string, tolerable: boolean }[]
  issues: RawIssue[]
}

type Run = (options: Record<string, unknown>) => Promise<RawResult>

/// Checks left out, each for a reason that is not about our code:
/// AvailableSecurityFixesGlobalCheck downloads Electron's release list from GitHub
/// (unreachable here; the Electron version is pinned by package-lock.json and raised
/// with it).
export const excludedChecks: readonly string[] = ['AvailableSecurityFixesGlobalCheck']

/// What the gate scans, relative to the project: the shell's sources, the page it loads
/// (for its Content-Security-Policy and its HTML), and package.json (for the Electron
/// version the checks assume).
export const scannedPaths: readonly string[] = ['electron', 'renderer/index.html', 'package.json']

const order = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const

/// Whether a finding blocks: MEDIUM or HIGH severity, whatever the confidence. A finding
/// judged a false positive is disabled where it is, with an `eng-disable` comment saying
/// why, and never reaches the report.
export function blocks(finding: Finding): boolean {
  return order.indexOf(finding.severity) >= order.indexOf('MEDIUM')
}

/// Run electronegativity over `paths` of `root`. They are copied to a scratch folder
/// first, so that the scanner sees those and nothing else (no tests, no build output)
/// while still finding package.json; reported files are given relative to `root`.
export async function scan(root: string, paths: readonly string[] = scannedPaths): Promise<ScanReport> {
  const stage = mkdtempSync(join(tmpdir(), 'penholder-scan-'))
  try {
    for (const path of paths) {
      const from = join(root, path)
      if (existsSync(from)) cpSync(from, join(stage, path), { recursive: true })
    }
    const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Run
    const result = await run({ input: stage, excludeFromScan: [...excludedChecks], isRelative: false })
    const local = (file: string) => file === 'N/A' ? file : relative(stage, file).split(sep).join('/')
    return {
      checks: result.globalChecks + result.atomicChecks,
      findings: result.issues.map(issue => ({
        id: issue.id,
        file: local(issue.file),
        line: issue.location.line,
        column: issue.location.column,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        description: issue.description,
        sample: (issue.sample ?? '').trim()
      })),
      unparsed: result.errors.filter(error => !error.tolerable).map(error => `${local(error.file)}: ${error.message}`)
    }
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
}

/// The report, one line per finding, blocking ones first, in the `file:line` form
/// editors link.
export function formatReport(report: ScanReport): string[] {
  const sorted = [...report.findings].sort((a, b) => order.indexOf(b.severity) - order.indexOf(a.severity) || a.file.localeCompare(b.file) || a.line - b.line)
  const lines = sorted.map(f => `${f.file}:${f.line}:${f.column}: ${f.severity} (${f.confidence}) ${f.id}: ${f.description}${f.sample ? ` — ${f.sample.slice(0, 100)}` : ''}`)
  lines.push(...report.unparsed.map(problem => `not scanned: ${problem}`))
  const blocking = report.findings.filter(blocks).length
  lines.push(`electronegativity: ${report.checks} checks, ${report.findings.length} findings, ${blocking} of MEDIUM severity or higher, ${report.unparsed.length} files not parsed`)
  return lines
}

/// Whether the gate passes: no blocking finding and every file parsed.
export function passes(report: ScanReport): boolean {
  return !report.findings.some(blocks) && !report.unparsed.length
}

/// The project folder this script belongs to.
export function projectRoot(): string {
  return fileURLToPath(new URL('../..', import.meta.url))
}
