import { useEffect, useMemo, useRef } from 'react'
import type { Node } from 'prosemirror-model'
import { EditorState } from 'prosemirror-state'
import { EditorView, type DecorationSet } from 'prosemirror-view'
import { amendmentsOf, describeAmendment, diffDocuments } from '../../shared/amend'
import { numbering } from '../editor/numbering'
import { HeadingView } from '../editor/headingView'
import { baseSideDecorations, redlineDecorations } from '../editor/redline'
import type { CompareMode } from './VersionsPanel'

export interface Comparison {
  readonly from: { readonly name: string, readonly doc: Node }
  readonly to: { readonly name: string, readonly doc: Node }
  readonly mode: CompareMode
}

/// A read-only view of one document with fixed decorations.
function useReadOnlyView(place: React.RefObject<HTMLDivElement | null>, doc: Node, decorations: DecorationSet) {
  useEffect(() => {
    const view = new EditorView(place.current!, {
      state: EditorState.create({ doc, plugins: [numbering()] }),
      editable: () => false,
      decorations: () => decorations,
      attributes: { class: 'ph-document ph-readonly' },
      nodeViews: { heading: (node, view, getPos) => new HeadingView(node, view, getPos, true) }
    })
    return () => view.destroy()
  }, [place, doc, decorations])
}

/// Two versions compared in a read-only view: the later one with the redline of what
/// changed, or both side by side, what went marked on the left and what came on the
/// right; with the amendments that turn one into the other.
export function CompareView({ comparison, onClose }: { comparison: Comparison, onClose(): void }) {
  const { from, to, mode } = comparison
  const diff = useMemo(() => diffDocuments(from.doc, to.doc), [from.doc, to.doc])
  const left = useRef<HTMLDivElement>(null)
  const right = useRef<HTMLDivElement>(null)
  const inline = useMemo(() => redlineDecorations(diff, mode === 'inline'), [diff, mode])
  const baseSide = useMemo(() => baseSideDecorations(diff), [diff])
  useReadOnlyView(right, to.doc, inline)
  const amendments = amendmentsOf(diff)
  return (
    <div className="ph-compare" role="dialog" aria-label="Comparison">
      <header className="ph-compare-header">
        <h2>{from.name} → {to.name}</h2>
        <span className="ph-muted">{amendments.length === 1 ? '1 amendment' : `${amendments.length} amendments`} · {mode === 'inline' ? 'inline redline' : 'side by side'}</span>
        <button type="button" onClick={onClose}>Close</button>
      </header>
      <div className={`ph-compare-body ph-compare-${mode}`}>
        {mode === 'side-by-side' && <SideDocument place={left} doc={from.doc} decorations={baseSide} title={from.name} />}
        <div className="ph-compare-pane">
          {mode === 'side-by-side' && <h3>{to.name}</h3>}
          <div className="ph-paper" ref={right} />
        </div>
        {mode === 'inline' && (
          <ol className="ph-compare-amendments">
            {amendments.map(a => <li key={a.id}>{describeAmendment(a, diff)}</li>)}
          </ol>
        )}
      </div>
    </div>
  )
}

function SideDocument({ place, doc, decorations, title }: { place: React.RefObject<HTMLDivElement | null>, doc: Node, decorations: DecorationSet, title: string }) {
  useReadOnlyView(place, doc, decorations)
  return (
    <div className="ph-compare-pane">
      <h3>{title}</h3>
      <div className="ph-paper" ref={place} />
    </div>
  )
}
