import { useMemo } from 'react'
import type { EditorState } from 'prosemirror-state'
import { labelParagraphs } from '../../shared/schema'
import { isChange, trackedDiff } from '../../shared/amend'
import { useRowWindow } from './rowWindow'

/// The navigator: every paragraph by its label and first words, changed ones marked,
/// a click goes there. Only the rows near the visible ones are in the page
/// (`useRowWindow`): a text of 8,000 paragraphs would otherwise take seconds to list.
export function OutlinePanel({ state, onJump }: { state: EditorState, onJump(pos: number): void }) {
  const diff = trackedDiff(state)
  // Once per text: scrolling re-renders the panel with the same text at every `rowChunk`.
  const labels = useMemo(() => labelParagraphs(state.doc), [state.doc])
  const rows = useRowWindow(labels.length, 25)
  return (
    <nav className="ph-outline" aria-label="Outline" ref={rows.box}>
      <div style={{ height: rows.before }} />
      <ol ref={rows.list}>
        {labels.slice(rows.start, rows.end).map((l, at) => {
          const i = rows.start + at
          const entry = diff.entries[diff.entryOfCurrent[i]]
          const changed = entry && isChange(entry)
          const text = diff.currentParagraphs[i]?.text ?? ''
          return (
            <li key={l.pid} className={`ph-outline-${l.kind}${changed ? ' ph-outline-changed' : ''}`} data-level={l.level} aria-posinset={i + 1} aria-setsize={labels.length}>
              <button type="button" onClick={() => onJump(l.pos)} title={text}>
                <span className="ph-outline-label">{l.label}</span>
                <span className="ph-outline-words">{text.split(/\s+/, 5).join(' ')}</span>
              </button>
            </li>
          )
        })}
      </ol>
      <div style={{ height: rows.after }} />
    </nav>
  )
}
