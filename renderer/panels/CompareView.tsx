import { useEffect, useMemo, useRef, useState } from 'react'
import type { Node } from 'prosemirror-model'
import { EditorState } from 'prosemirror-state'
import { Decoration, EditorView, type DecorationSet } from 'prosemirror-view'
import { amendmentsOf, describeAmendment, diffDocuments, paragraphPositions, type Amendment, type DocumentDiff, type ParagraphDiff } from '../../shared/amend'
import type { Language } from '../../shared/schema'
import { unDateTime } from '../../shared/template'
import { numbering } from '../editor/numbering'
import { resolutionNodeViews } from '../editor/editorView'
import { baseSideDecorations, redlineDecorations, redlineForView } from '../editor/redline'
import { alignSides } from './alignSides'
import type { CompareMode } from './VersionsPanel'

/// One side of a comparison: a version (with who saved it and when), the base or the
/// current text.
export interface ComparedText {
  readonly name: string
  readonly doc: Node
  readonly author?: string
  /// ISO 8601.
  readonly at?: string
}

export interface Comparison {
  readonly from: ComparedText
  readonly to: ComparedText
  readonly mode: CompareMode
}

/// A read-only view of one document with fixed decorations.
function readOnlyView(place: HTMLElement, doc: Node, decorations: DecorationSet): EditorView {
  return new EditorView(place, {
    state: EditorState.create({ doc, plugins: [numbering()] }),
    editable: () => false,
    decorations: () => decorations,
    attributes: { class: 'ph-document ph-readonly' },
    nodeViews: resolutionNodeViews(true)
  })
}

/// `Rev.1 (United States of America, 30 November 2026, 14:45)`: a side named with who
/// saved it and when, where the file says.
function sideName(side: ComparedText, lang: Language): string {
  const facts = [side.author, side.at && unDateTime(new Date(side.at), lang)].filter(Boolean)
  return facts.length ? `${side.name} (${facts.join(', ')})` : side.name
}

/// The element an amendment is shown at: its first paragraph on the later side, or for a
/// deletion the paragraph on the earlier side (side by side) or its struck-out copy
/// (inline).
function amendmentElement(amendment: Amendment, diff: DocumentDiff, right: EditorView, left: EditorView | null): HTMLElement | null {
  const entry = amendment.entries[0]
  if (!entry) return null
  if (entry.current) {
    const dom = right.nodeDOM(paragraphPositions(diff.current)[entry.current.index])
    return dom instanceof HTMLElement ? dom : null
  }
  if (left) {
    const dom = left.nodeDOM(paragraphPositions(diff.base)[entry.base!.index])
    return dom instanceof HTMLElement ? dom : null
  }
  return right.dom.querySelector<HTMLElement>(`.ph-deleted-paragraph[data-label="${entry.base!.label}"]`)
}

/// The sides of a side-by-side comparison: the earlier text on the left.
type Side = 'left' | 'right'

/// The paragraph of an entry on one side, as shown there.
function paragraphElement(entry: ParagraphDiff, side: Side, diff: DocumentDiff, view: EditorView): HTMLElement | null {
  const dom = side === 'left'
    ? view.nodeDOM(paragraphPositions(diff.base)[entry.base!.index])
    : view.nodeDOM(paragraphPositions(diff.current)[entry.current!.index])
  return dom instanceof HTMLElement ? dom : null
}

/// The link above each moved paragraph to its other place, side by side: on the left
/// “Moved: now OP7, on the right →”, on the right “← Moved here from OP5, on the left”.
/// A widget of the read-only view, so it scrolls and lines up with its paragraph; its
/// clicks are its own (`stopEvent`), not the view's.
function movedLinks(diff: DocumentDiff, side: Side, onGo: (entry: ParagraphDiff, to: Side) => void): Decoration[] {
  const positions = paragraphPositions(side === 'left' ? diff.base : diff.current)
  return diff.entries.filter(entry => entry.moved).map(entry => {
    const here = side === 'left' ? entry.base! : entry.current!, there = side === 'left' ? entry.current! : entry.base!
    return Decoration.widget(positions[here.index], () => {
      const row = document.createElement('div')
      row.className = 'ph-moved-link'
      row.dataset.movedLink = here.label
      const button = row.appendChild(document.createElement('button'))
      button.type = 'button'
      button.textContent = side === 'left' ? `Moved: now ${there.label}, on the right →` : `← Moved here from ${there.label}, on the left`
      button.addEventListener('click', () => onGo(entry, side === 'left' ? 'right' : 'left'))
      return row
    }, { side: -1, key: `moved:${side}:${here.label}:${there.label}`, stopEvent: () => true, ignoreSelection: true })
  })
}

/// Where each changed paragraph stands in the scrolled text, as fractions of its height,
/// for the overview beside the scroll bar.
interface OverviewMark { readonly top: number, readonly height: number, readonly kind: string }

/// Two versions compared in a read-only view: the later one with the redline of what
/// changed (inline), or both side by side, lined up paragraph by paragraph and scrolled
/// as one; beside them an overview of where the changes are and the amendments that turn
/// one into the other, each a link to its place, walked with Next and Previous (N/J,
/// P/K).
export function CompareView({ comparison, lang, onClose }: { comparison: Comparison, lang: Language, onClose(): void }) {
  const { from, to, mode } = comparison
  const diff = useMemo(() => diffDocuments(from.doc, to.doc), [from.doc, to.doc])
  const amendments = amendmentsOf(diff)
  const scroller = useRef<HTMLDivElement>(null)
  const leftPlace = useRef<HTMLDivElement>(null)
  const rightPlace = useRef<HTMLDivElement>(null)
  const views = useRef<{ left: EditorView | null, right: EditorView | null }>({ left: null, right: null })
  const [current, setCurrent] = useState(-1)
  const [marks, setMarks] = useState<OverviewMark[]>([])

  /// Show a moved paragraph's other place, marked as the current change, with the focus
  /// on its link back.
  const goToMoved = (entry: ParagraphDiff, to: Side) => {
    const view = views.current[to]
    const element = view && paragraphElement(entry, to, diff, view)
    if (!element) return
    markCurrent(element)
    const link = element.previousElementSibling
    if (link instanceof HTMLElement && link.matches('.ph-moved-link')) link.querySelector('button')!.focus({ preventScroll: true })
  }

  useEffect(() => {
    const sideBySide = mode === 'side-by-side'
    const rightLooks = redlineForView(redlineDecorations(diff, !sideBySide), to.doc)
    const right = readOnlyView(rightPlace.current!, to.doc, sideBySide ? rightLooks.add(to.doc, movedLinks(diff, 'right', goToMoved)) : rightLooks)
    const left = sideBySide ? readOnlyView(leftPlace.current!, from.doc, baseSideDecorations(diff).add(from.doc, movedLinks(diff, 'left', goToMoved))) : null
    views.current = { left, right }
    const layout = () => {
      if (left) alignSides(diff, left, right)
      const box = scroller.current!, total = box.scrollHeight || 1, origin = box.getBoundingClientRect().top - box.scrollTop
      setMarks(amendments.flatMap(a => {
        const element = amendmentElement(a, diff, right, left)
        if (!element) return []
        const rect = element.getBoundingClientRect()
        return [{ top: (rect.top - origin) / total, height: rect.height / total, kind: a.kind }]
      }))
    }
    layout()
    let frame = 0
    // Lay out again whenever a side changes size (the window, the fonts arriving): the
    // layout is idempotent, so the size change it makes itself settles at once.
    const observer = new ResizeObserver(() => { cancelAnimationFrame(frame); frame = requestAnimationFrame(layout) })
    observer.observe(scroller.current!)
    observer.observe(right.dom)
    if (left) observer.observe(left.dom)
    scroller.current!.focus()
    return () => { observer.disconnect(); cancelAnimationFrame(frame); right.destroy(); left?.destroy() }
  }, [diff, mode])

  const go = (index: number) => {
    const { left, right } = views.current
    if (!right || !amendments.length) return
    const at = (index + amendments.length) % amendments.length
    setCurrent(at)
    const element = amendmentElement(amendments[at], diff, right, left)
    if (element) markCurrent(element)
  }

  /// One paragraph marked as the one the drafter is on, scrolled to the middle.
  const markCurrent = (element: HTMLElement) => {
    scroller.current!.querySelectorAll('.ph-compare-current').forEach(e => e.classList.remove('ph-compare-current'))
    element.classList.add('ph-compare-current')
    element.scrollIntoView({ block: 'center' })
  }

  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') { e.preventDefault(); onClose(); return }
    if (e.ctrlKey || e.metaKey || e.altKey || (e.target as HTMLElement).closest('input, select, textarea')) return
    const key = e.key.toLowerCase()
    if (key === 'n' || key === 'j') { e.preventDefault(); go(current + 1) }
    else if (key === 'p' || key === 'k') { e.preventDefault(); go(current < 0 ? -1 : current - 1) }
  }

  const count = amendments.length === 1 ? '1 amendment' : `${amendments.length} amendments`
  const fromName = sideName(from, lang), toName = sideName(to, lang)
  return (
    <div className="ph-compare" role="dialog" aria-modal="true" aria-label="Comparison" aria-describedby="ph-compare-title" onKeyDown={onKey}>
      <header className="ph-compare-header">
        <h2 id="ph-compare-title">
          <span className="ph-compare-from">{fromName}</span> → <span className="ph-compare-to">{toName}</span>
        </h2>
        <span className="ph-muted">{count} · {mode === 'inline' ? 'inline redline' : 'side by side'}</span>
        <span className="ph-compare-nav">
          <button type="button" onClick={() => go(current < 0 ? -1 : current - 1)} disabled={!amendments.length} title="Previous change (P or K)">Previous change</button>
          <button type="button" onClick={() => go(current + 1)} disabled={!amendments.length} title="Next change (N or J)">Next change</button>
        </span>
        <button type="button" onClick={onClose} title="Close (Escape)">Close</button>
      </header>
      <div className={`ph-compare-body ph-compare-${mode}`}>
        <div className="ph-compare-scroll" ref={scroller} tabIndex={0} role="region" aria-label={mode === 'inline' ? `${toName}, with the changes from ${fromName} marked` : `${fromName} and ${toName}, side by side`}>
          <div className="ph-compare-columns">
            {mode === 'side-by-side' && (
              <div className="ph-compare-pane">
                <h3>{fromName}</h3>
                <div className="ph-paper" ref={leftPlace} />
              </div>
            )}
            <div className="ph-compare-pane">
              {mode === 'side-by-side' && <h3>{toName}</h3>}
              <div className="ph-paper" ref={rightPlace} />
            </div>
          </div>
        </div>
        <div className="ph-compare-overview" aria-hidden="true" onClick={e => {
          const box = e.currentTarget.getBoundingClientRect(), scroll = scroller.current!
          scroll.scrollTop = (e.clientY - box.top) / box.height * scroll.scrollHeight - scroll.clientHeight / 2
        }}>
          {marks.map((m, i) => <span key={i} className={`ph-overview-mark ph-overview-${m.kind}`} style={{ top: `${m.top * 100}%`, height: `max(3px, ${m.height * 100}%)` }} />)}
        </div>
        <nav className="ph-compare-amendments" aria-label="Amendments">
          <ol>
            {amendments.map((a, i) => (
              <li key={a.id} aria-current={i === current ? 'true' : undefined}>
                <button type="button" className="ph-link-block" onClick={() => go(i)}>{describeAmendment(a, diff)}</button>
              </li>
            ))}
          </ol>
          {!amendments.length && <p className="ph-muted">No amendments: the two texts are the same.</p>}
        </nav>
      </div>
    </div>
  )
}
