import { PageSetup, type PrintedPage } from './PageSetup'

interface ToolbarProps {
  title: string
  redline: boolean
  canSaveInPlace: boolean
  outlineOpen: boolean
  sideOpen: boolean
  darkPaper: boolean
  page: PrintedPage
  onChangePage(page: PrintedPage): void
  onHome(): void
  onSave(): void
  onSaveAs(): void
  onExportText(): void
  onExportWord(): void
  onExportRedline(): void
  onUndo(): void
  onRedo(): void
  onToggleKind(): void
  onToggleRedline(): void
  onFind(): void
  onToggleOutline(): void
  onToggleSide(): void
  onHelp(): void
  onToggleDarkPaper(): void
  onFollowUp(): void
  onApplyAmendments(): void
}

/// The commands a drafter reaches for, with their keys in the tooltips. Toggles keep one
/// label and show their state by being pressed, so the label never flips between naming
/// the view and naming the action.
export function Toolbar(props: ToolbarProps) {
  return (
    <header className="ph-banner">
      <div className="ph-toolbar" role="toolbar" aria-label="Document">
        <button type="button" onClick={props.onHome} title="Back to the start screen">Penholder</button>
        <button type="button" aria-pressed={props.outlineOpen} aria-controls="ph-outline-pane" onClick={props.onToggleOutline} title="Show or hide the outline">Outline</button>
        <h1 className="ph-title" title={props.title}>{props.title}</h1>
        <button type="button" onClick={props.onSave} title={props.canSaveInPlace ? 'Save (Ctrl+S)' : 'Save: downloads the file (Ctrl+S)'}>Save</button>
        <button type="button" onClick={props.onSaveAs} title="Save as (Ctrl+Shift+S)">Save as…</button>
        <button type="button" onClick={props.onExportText} title="Export as plain text">Export text</button>
        <button type="button" onClick={props.onExportWord} title="Export as a Word document with real numbering">Export Word</button>
        <button type="button" onClick={props.onExportRedline} title="Export as a Word document with the amendments as tracked changes">Export tracked changes</button>
        <PageSetup page={props.page} onChange={props.onChangePage} />
        <button type="button" onClick={props.onFollowUp} title="Start a follow-up draft of this adopted resolution">Follow up</button>
        <button type="button" onClick={props.onApplyAmendments} title="Apply a list of amendments in UN wording to the text as it stands" aria-haspopup="dialog">Apply amendments…</button>
        <span className="ph-separator" />
        <button type="button" onClick={props.onUndo} title="Undo (Ctrl+Z)">Undo</button>
        <button type="button" onClick={props.onRedo} title="Redo (Ctrl+Y)">Redo</button>
        <button type="button" onClick={props.onToggleKind} title="Turn a PP into an OP and back (Ctrl+Shift+K)">PP ⇄ OP</button>
        <button type="button" onClick={props.onFind} title="Find and replace (Ctrl+F)">Find</button>
        <span className="ph-separator" />
        <button type="button" className="ph-redline-toggle" aria-pressed={props.redline} onClick={props.onToggleRedline} title="Show the amendments marked in the text (pressed) or the clean text">Redline</button>
        <button type="button" aria-pressed={props.sideOpen} aria-controls="ph-side" onClick={props.onToggleSide} title="Show or hide the amendments and versions">Panel</button>
        <button type="button" aria-pressed={props.darkPaper} onClick={props.onToggleDarkPaper} title="Show the page dark as well as the window">Dark page</button>
        <button type="button" onClick={props.onHelp} title="Keyboard shortcuts (Ctrl+/)" aria-label="Keyboard shortcuts">?</button>
      </div>
    </header>
  )
}
