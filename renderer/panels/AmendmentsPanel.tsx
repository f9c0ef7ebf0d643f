import { useState } from 'react'
import type { Node } from 'prosemirror-model'
import type { EditorState } from 'prosemirror-state'
import { amendmentsOf, amendmentStyles, describeAmendment, trackedDiff, type Amendment, type AmendmentStyle } from '../../shared/amend'
import type { PenholderFile, SavedVersion } from '../../shared/file'
import { baseName } from '../document/session'
import { useRowWindow } from './rowWindow'

interface AmendmentsPanelProps {
  state: EditorState
  file: PenholderFile
  onAccept(id: string): void
  onReject(id: string): void
  onAcceptAll(): void
  onRejectAll(): void
  onJump(amendment: Amendment): void
  onChangeBase(doc: Node): void
}

const kindNames = { inserted: 'Insertion', deleted: 'Deletion', moved: 'Move', modified: 'Change' }
const styleNames: Record<AmendmentStyle, string> = { negotiation: 'Negotiation', official: 'Official (L-document)' }

/// The amendments of the current text against its base, in the formal wording of UN
/// amendments, in the order of the text; each can be accepted (folded into the base) or
/// rejected (the base wording restored). The base is named, and can be any version. The
/// wording is in either register (un-resolution-style.md, “How amendments are worded”).
/// Only the amendments near the visible ones are worded and in the page
/// (`useRowWindow`): 8,000 of them would otherwise take seconds.
export function AmendmentsPanel({ state, file, onAccept, onReject, onAcceptAll, onRejectAll, onJump, onChangeBase }: AmendmentsPanelProps) {
  const diff = trackedDiff(state)
  const amendments = amendmentsOf(diff)
  // The file's base first, named for what it is; the version it is the very text of (set
  // as base, nothing accepted since) is that entry, not listed a second time.
  const ownBase = (v: SavedVersion) => v.id === file.baseVersion && !file.baseAccepted
  const choices: Array<[string, Node]> = [[baseName(file, file.base), file.base], ...file.versions.filter(v => !ownBase(v)).map(v => [`version “${v.name}”`, v.doc] as [string, Node])]
  const selected = choices.findIndex(([, doc]) => doc === diff.base)
  const [style, setStyle] = useState<AmendmentStyle>('negotiation')
  const rows = useRowWindow(amendments.length, 60)
  return (
    <section className="ph-panel ph-amendments" aria-label="Amendments">
      <div className="ph-base">
        <label>
          <span>Compared with</span>
          <select
            aria-label="Base"
            value={selected < 0 ? 'edited' : String(selected)}
            onChange={e => { const choice = choices[Number(e.target.value)]; if (choice) onChangeBase(choice[1]) }}>
            {selected < 0 && <option value="edited">{baseName(file, diff.base)}</option>}
            {choices.map(([name], i) => <option key={i} value={String(i)}>{name}</option>)}
          </select>
        </label>
        <label>
          <span>Wording</span>
          <select aria-label="Wording" value={style} onChange={e => setStyle(e.target.value as AmendmentStyle)}>
            {amendmentStyles.map(s => <option key={s} value={s}>{styleNames[s]}</option>)}
          </select>
        </label>
      </div>
      <div className="ph-panel-actions">
        <span className="ph-count">{amendments.length === 1 ? '1 amendment' : `${amendments.length} amendments`}</span>
        <button type="button" disabled={!amendments.length} onClick={onAcceptAll}>Accept all</button>
        <button type="button" disabled={!amendments.length} onClick={onRejectAll}>Reject all</button>
      </div>
      <div ref={rows.box}>
        <div style={{ height: rows.before }} />
        <ol className="ph-amendment-list" ref={rows.list}>
          {amendments.slice(rows.start, rows.end).map((a, at) => (
            // The number set, not left to the list: Chromium keeps the old numbers of the
            // items after one is removed (1, 3, 4 after an Accept), and the list starts at
            // the window's first row.
            <li key={a.id} value={rows.start + at + 1} className={`ph-amendment ph-amendment-${a.kind}`} data-amendment={a.id} aria-posinset={rows.start + at + 1} aria-setsize={amendments.length}>
              {/* A title stands in the heading fields and a section heading is no paragraph:
                  neither has a paragraph to go to. */}
              <button type="button" className="ph-amendment-text" onClick={() => { if (!a.title && !a.heading) onJump(a) }} title={a.title ? 'A change of title' : a.heading ? 'A change of section heading' : 'Go to the paragraph'}>
                <span className="ph-amendment-kind">{a.title ? 'Title' : a.heading ? 'Heading' : kindNames[a.kind]}</span>
                {describeAmendment(a, diff, style)}
              </button>
              <span className="ph-amendment-actions">
                <button type="button" className="ph-accept" onClick={() => onAccept(a.id)}>Accept</button>
                <button type="button" className="ph-reject" onClick={() => onReject(a.id)}>Reject</button>
              </span>
            </li>
          ))}
        </ol>
        <div style={{ height: rows.after }} />
      </div>
      {!amendments.length && <p className="ph-muted">No amendments: the text is the same as its base.</p>}
    </section>
  )
}
