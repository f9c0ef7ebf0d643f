interface ToolbarProps {
  title: string
  redline: boolean
  canSaveInPlace: boolean
  onHome(): void
  onSave(): void
  onSaveAs(): void
  onExportText(): void
  onUndo(): void
  onRedo(): void
  onToggleKind(): void
  onToggleRedline(): void
  onFind(): void
}

/// The commands a drafter reaches for, with their keys in the tooltips.
export function Toolbar(props: ToolbarProps) {
  return (
    <div className="ph-toolbar" role="toolbar" aria-label="Document">
      <button type="button" onClick={props.onHome} title="Back to the start screen">Penholder</button>
      <span className="ph-title">{props.title}</span>
      <button type="button" onClick={props.onSave} title={props.canSaveInPlace ? 'Save (Ctrl+S)' : 'Save: downloads the file (Ctrl+S)'}>Save</button>
      <button type="button" onClick={props.onSaveAs} title="Save as (Ctrl+Shift+S)">Save as…</button>
      <button type="button" onClick={props.onExportText} title="Export as plain text">Export text</button>
      <span className="ph-separator" />
      <button type="button" onClick={props.onUndo} title="Undo (Ctrl+Z)">Undo</button>
      <button type="button" onClick={props.onRedo} title="Redo (Ctrl+Y)">Redo</button>
      <button type="button" onClick={props.onToggleKind} title="Turn a PP into an OP and back (Ctrl+Shift+K)">PP ⇄ OP</button>
      <button type="button" onClick={props.onFind} title="Find and replace (Ctrl+F)">Find</button>
      <span className="ph-separator" />
      <button type="button" aria-pressed={props.redline} onClick={props.onToggleRedline} title="Switch between the redline and the clean text">
        {props.redline ? 'Redline' : 'Clean'}
      </button>
    </div>
  )
}
