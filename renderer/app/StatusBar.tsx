import type { EditorState } from 'prosemirror-state'
import { amendmentsOf, trackedDiff } from '../../shared/amend'
import type { PenholderFile } from '../../shared/file'
import { paragraphKind } from '../../shared/schema'
import { baseName } from '../document/session'
import { countText, type TextCount } from './wordCount'

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'never-saved'

const saveText: Record<SaveState, string> = {
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  'never-saved': 'Not saved yet'
}

/// `1 subparagraph`, `2 subparagraphs`.
function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

const counts = ({ words, characters }: TextCount) => `${counted(words, 'word')}, ${counted(characters, 'character')}`

/// The counts of the text (paragraphs, then words and characters of the document and of
/// the selection), the amendments against its base, and whether it is saved.
export function StatusBar({ state, file, saveState, redline }: { state: EditorState, file: PenholderFile, saveState: SaveState, redline: boolean }) {
  let subparagraphs = 0
  const count = (part: number) => {
    let n = 0
    state.doc.child(part).forEach(node => {
      const kind = paragraphKind(node)
      if (kind === 'sub') subparagraphs++
      else if (kind) n++
    })
    return n
  }
  const pp = count(2), op = count(3)
  const diff = trackedDiff(state)
  const amendments = amendmentsOf(diff).length
  const text = countText(state)
  return (
    <footer className="ph-status" aria-label="Status">
      <span data-status="counts">{counted(pp, 'PP')} · {counted(op, 'OP')} · {counted(subparagraphs, 'subparagraph')}</span>
      <span data-status="words">{counts(text.document)}{text.selection && ` (selection: ${counts(text.selection)})`}</span>
      <span data-status="amendments">{counted(amendments, 'amendment')} against {baseName(file, diff.base)}</span>
      <span data-status="view">{redline ? 'Redline' : 'Clean view'}</span>
      <span data-status="save" className={`ph-save-${saveState}`}>{saveText[saveState]}</span>
    </footer>
  )
}
