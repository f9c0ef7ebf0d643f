import type { DocxLayout, DocxPaper } from '../../shared/export/docx'
import type { HostSettings } from '../../shared/host'

/// The page a Word export and a print are made on, as the host settings keep it.
export type PrintedPage = Pick<HostSettings, 'layout' | 'paper'>

interface PageSetupProps {
  page: PrintedPage
  onChange(page: PrintedPage): void
}

/// The drafter's choice of the page, next to Export Word: the draft layout delegations
/// circulate or the official UN one (un-resolution-style.md, "Word layout"), on A4 or
/// Letter. Set once, it holds for Export Word, Export tracked changes and printing.
export function PageSetup({ page, onChange }: PageSetupProps) {
  return (
    <span className="ph-page-setup" role="group" aria-label="Page of Word exports and printing">
      <label>
        Layout{' '}
        <select value={page.layout} onChange={e => onChange({ ...page, layout: e.target.value as DocxLayout })} title="Draft: 12 pt, as delegations circulate a text. Official: 10 pt on 12 pt, running head and n/N page numbers">
          <option value="draft">Draft</option>
          <option value="official">Official</option>
        </select>
      </label>
      <label>
        Paper{' '}
        <select value={page.paper} onChange={e => onChange({ ...page, paper: e.target.value as DocxPaper })}>
          <option value="a4">A4</option>
          <option value="letter">Letter</option>
        </select>
      </label>
    </span>
  )
}
