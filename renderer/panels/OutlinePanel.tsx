import type { EditorState } from 'prosemirror-state'
import { labelParagraphs } from '../../shared/schema'
import { isChange, trackedDiff } from '../../shared/amend'

/// The navigator: every paragraph by its label and first words, changed ones marked,
/// a click goes there.
export function OutlinePanel({ state, onJump }: { state: EditorState, onJump(pos: number): void }) {
  const diff = trackedDiff(state)
  const labels = labelParagraphs(state.doc)
  return (
    <nav className="ph-outline" aria-label="Outline">
      <ol>
        {labels.map((l, i) => {
          const entry = diff.entries[diff.entryOfCurrent[i]]
          const changed = entry && isChange(entry)
          const text = diff.currentParagraphs[i]?.text ?? ''
          return (
            <li key={l.pid} className={`ph-outline-${l.kind}${changed ? ' ph-outline-changed' : ''}`} data-level={l.level}>
              <button type="button" onClick={() => onJump(l.pos)} title={text}>
                <span className="ph-outline-label">{l.label}</span>
                <span className="ph-outline-words">{text.split(/\s+/).slice(0, 5).join(' ')}</span>
              </button>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
