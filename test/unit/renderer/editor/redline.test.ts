import { describe, expect, it } from 'vitest'
import { EditorState, TextSelection } from 'prosemirror-state'
import type { Decoration } from 'prosemirror-view'
import { history, undo } from 'prosemirror-history'
import { Fragment, type Node } from 'prosemirror-model'
import { buildResolution, newPid, paragraphIds, labelParagraphs } from '../../../../shared/schema'
import { annexFootnotesDraft } from '../../../support/structuredDrafts'
import { template2388 } from '../../../../shared/template'
import { amendmentTracking, diffDocuments, diffParagraphWords, trackedDiff } from '../../../../shared/amend'
import { insertAfter, moveAfter, remove, revise } from '../../shared/amend/revisions'
import { drawnEdit, redline, redlineDecorations, redlineKey, setRedline, baseSideDecorations, type Redline } from '../../../../renderer/editor/redline'

function editor() {
  return EditorState.create({ doc: template2388(), plugins: [history(), paragraphIds(), amendmentTracking(template2388()), redline()] })
}

const posOf = (state: EditorState, label: string) => labelParagraphs(state.doc).find(l => l.label === label)!.pos

/// Every decoration of a redline, drawn and inserted.
const all = (redline: Redline, doc: Node): Decoration[] => [...redline.drawn.find(0, doc.content.size), ...redline.inserted.find(0, doc.content.size)]

/// What a redline draws, as comparable data: place, kind and look.
function looks(redline: Redline, state: EditorState): string[] {
  return all(redline, state.doc).map((d: Decoration) => `${d.from}-${d.to}:${d.spec.look ?? d.spec.key}`).sort()
}

/// The state after deleting a paragraph, where it stood, and the deleted-paragraph widgets.
function deleteParagraph(start: EditorState, label: string) {
  const pos = posOf(start, label)
  const state = start.apply(start.tr.delete(pos, pos + start.doc.nodeAt(pos)!.nodeSize))
  const widgets = all(redlineKey.getState(state)!, state.doc).filter(d => String(d.spec.key).startsWith('gone:'))
  return { state, pos, widgets }
}

function typeAt(state: EditorState, pos: number, text: string): EditorState {
  for (const ch of text) state = state.apply(state.tr.insertText(ch, pos++))
  return state
}

describe('the redline decorations', () => {
  it('mark words typed into OP4 as an insertion, exactly over them', () => {
    const start = editor()
    const at = posOf(start, 'OP4') + 1 + 'Further calls upon Member States, where appropriate, to review, amend and implement'.length
    const state = typeAt(start, at, ' national')
    const set = redlineKey.getState(state)!.inserted
    const inserted = set.find(0, state.doc.content.size).filter(d => d.spec.look === 'ins')
    expect(inserted).toHaveLength(1)
    expect(state.doc.textBetween(inserted[0].from, inserted[0].to).trim()).toBe('national')
  })

  it('draw a deleted PP as a widget where it stood, inside PP4 after its text, and nothing in the clean view', () => {
    const { state, pos, widgets } = deleteParagraph(editor(), 'PP5')
    expect(widgets.map(w => w.from)).toEqual([pos - 1])
    expect(state.doc.resolve(pos - 1).parent).toBe(state.doc.nodeAt(posOf(state, 'PP4')))
    const clean = state.apply(setRedline(state, false))
    expect(all(redlineKey.getState(clean)!, clean.doc)).toEqual([])
  })

  it('keep a deleted OP13 after the words typed at the end of OP12, where it is drawn', () => {
    const start = editor()
    const op13 = posOf(start, 'OP13')
    const end = op13 - 1
    const state = typeAt(start.apply(start.tr.delete(op13, op13 + start.doc.nodeAt(op13)!.nodeSize)), end, ' and to report')
    const gone = all(redlineKey.getState(state)!, state.doc).filter(d => String(d.spec.key).startsWith('gone:'))
    expect(gone.map(d => d.from)).toEqual([end + ' and to report'.length])
    expect(looks(redlineKey.getState(state)!, state)).toEqual(looks(redlineDecorations(trackedDiff(state)), state))
  })

  it('kept up keystroke by keystroke look the same as drawn afresh from the diff', () => {
    let state = editor()
    const places = ['OP2', 'OP4', 'PP3', 'OP4', 'OP30']
    for (const [i, label] of places.entries()) {
      const pos = posOf(state, label) + 1 + 12 + i
      state = typeAt(state, pos, i % 2 ? 'new words ' : 'x')
      state = state.apply(state.tr.delete(pos + 2, pos + 3))
      expect(looks(redlineKey.getState(state)!, state)).toEqual(looks(redlineDecorations(trackedDiff(state)), state))
    }
    const moved = posOf(state, 'OP7')
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, moved + 1)))
    expect(looks(redlineKey.getState(state)!, state)).toEqual(looks(redlineDecorations(trackedDiff(state)), state))
  })

  it.each<[string, Parameters<typeof revise>[0], string[]]>([
    ['a deleted PP1, between paragraphs at the start of the preamble', remove('PP1'), ['PP1 gone: part start']],
    ['a deleted OP13, inside OP12 after its text', remove('OP13'), ['OP13 gone: end of OP12']],
    ['a new OP after OP3: all its words inserted', insertAfter('OP3', { kind: 'op', lead: 7, text: 'Decides to convene a high-level meeting;' }), ['new: all of OP4']],
    ['OP7 moved after OP9: a mark naming where it came from', moveAfter('OP7', 'OP9'), ['moved:OP7: start of OP9']]
  ])('draw %s', (_name, edit, expected) => {
    const diff = diffDocuments(template2388(), revise(edit))
    const doc = diff.current
    const labels = labelParagraphs(doc)
    const partStart = doc.child(0).nodeSize + doc.child(1).nodeSize + 1
    const where = (d: Decoration) => {
      if (d.from === partStart) return 'part start'
      const paragraph = labels.find(l => d.from > l.pos && d.to < l.pos + doc.nodeAt(l.pos)!.nodeSize)!
      const node = doc.nodeAt(paragraph.pos)!
      if (d.from === paragraph.pos + 1 && d.to === paragraph.pos + node.nodeSize - 1 && d.to > d.from) return `all of ${paragraph.label}`
      return d.from === paragraph.pos + 1 ? `start of ${paragraph.label}` : d.from === paragraph.pos + node.nodeSize - 1 ? `end of ${paragraph.label}` : `inside ${paragraph.label}`
    }
    const gone = (d: Decoration) => diff.baseParagraphs.find(b => String(d.spec.key).startsWith(`gone:${b.pid}:`))!.label
    expect(all(redlineDecorations(diff), diff.current).map(d => d.spec.look ? `${d.spec.look}: ${where(d)}` : `${gone(d)} gone: ${where(d)}`)).toEqual(expected)
  })

  it('mark, on the base side of a comparison, the words that went', () => {
    const start = editor()
    const at = posOf(start, 'OP2') + 1
    const state = start.apply(start.tr.delete(at + 'Urges '.length, at + 'Urges Members'.length))
    const base = baseSideDecorations(trackedDiff(state))
    const removed = base.find().filter(d => d.to - d.from > 0 && d.from > at)
    expect(removed.map(d => template2388().textBetween(d.from, d.to).trim())).toContain('Members')
  })
})

describe('the stretch of a word edit the redline draws', () => {
  /// Each edit of the word diff as drawn: `+words` inserted, `-words` struck.
  const drawn = (was: string, now: string) => diffParagraphWords(was, now).edits.map(edit => {
    const d = drawnEdit(edit, was, now)
    return [d.to > d.from ? `-${was.slice(d.from, d.to)}` : '', d.newTo > d.newFrom ? `+${now.slice(d.newFrom, d.newTo)}` : ''].filter(Boolean).join(' ')
  })

  it.each([
    ['letters typed before a word, as the bench types them in 2388', 'of abduction and', 'of nabduction and', ['+n']],
    ['a word grown at its end', 'women and child victims', 'women and children victims', ['+ren']],
    ['a joined word grown (2388 OP4)', 'implement anti-trafficking and', 'implement anti-trafficking-related and', ['+-related']],
    ['citations extended (the follow-up draft\'s PP1)', 'Recalling presidential statement 2015/25, resolution 2331 (2016),', 'Recalling presidential statement 2015/25, resolutions 2331 (2016) and 2388 (2017),', ['+s', '+ and 2388 (2017)']],
    ['letters taken off a word', 'trafficking in persons', 'trafficking in person', ['-s']],
    ['a word replaced by another (2388 OP2)', 'Urges Members States', 'Urges all Member States', ['-Members +all Member']],
    ['a word replaced by one that shares only some letters', 'a matter of priority', 'a matter of urgency', ['-priority +urgency']],
    ['an ideograph outside the Basic Multilingual Plane put between two others', '关于 𠀀𠀁 的决议', '关于 𠀀𠀂𠀁 的决议', ['+𠀂']],
    ['one taken from between two others', '关于 𠀀𠂂𠀁 的决议', '关于 𠀀𠀁 的决议', ['-𠂂']]
  ])('%s', (_name, was, now, expected) => {
    expect(drawn(was, now)).toEqual(expected)
  })
})

describe('the redline kept up transaction by transaction', () => {
  /// The text of the paragraph with `label` and its position.
  const paragraph = (state: EditorState, label: string) => {
    const pos = posOf(state, label)
    return { pos, text: state.doc.nodeAt(pos)!.textContent }
  }
  /// The range of the first `word` in the paragraph with `label`.
  const wordIn = (state: EditorState, label: string, word: string): [number, number] => {
    const { pos, text } = paragraph(state, label)
    const at = pos + 1 + text.indexOf(word)
    return [at, at + word.length]
  }
  const undone = (state: EditorState) => {
    let next = state
    undo(state, tr => { next = state.apply(tr) })
    return next
  }

  // Applied one after another to 2388, each checked against the redline drawn afresh.
  const edits: Array<[string, (state: EditorState) => EditorState]> = [
    ['typing a word into OP4', s => typeAt(s, paragraph(s, 'OP4').pos + 1 + 'Further calls upon Member States'.length, ' concerned')],
    ['deleting a word of PP2', s => s.apply(s.tr.delete(...wordIn(s, 'PP2', 'Reaffirming ')))],
    ['typing over a word of OP2', s => s.apply(s.tr.insertText('States', ...wordIn(s, 'OP2', 'Members')))],
    ['splitting OP6 in two', s => s.apply(s.tr.split(wordIn(s, 'OP6', ' ')[1]))],
    ['deleting the whole of OP13', s => { const pos = posOf(s, 'OP13'); return s.apply(s.tr.delete(pos, pos + s.doc.nodeAt(pos)!.nodeSize)) }],
    ['typing at the end of OP12, where the deleted OP13 is drawn', s => typeAt(s, posOf(s, 'OP13') - 1, ' and to report')],
    ['joining OP3 to OP2 (Backspace at its start)', s => { const pos = posOf(s, 'OP3'); return s.apply(s.tr.join(pos)) }],
    ['a paste over the end of PP3 and the start of PP4', s => s.apply(s.tr.insertText('pasted words', paragraph(s, 'PP4').pos - 6, paragraph(s, 'PP4').pos + 8))],
    ['undo', undone],
    ['undo again', undone],
    ['deleting the typed word in OP4 letter by letter', s => { const [from, to] = wordIn(s, 'OP4', ' concerned'); for (let at = to; at > from; at--) s = s.apply(s.tr.delete(at - 1, at)); return s }]
  ]

  it.each(edits.map(([name], i) => [name, i] as const))('after %s looks the same as drawn afresh from the diff', (_name, i) => {
    let state = editor()
    for (const [, edit] of edits.slice(0, i + 1)) state = edit(state)
    expect(looks(redlineKey.getState(state)!, state)).toEqual(looks(redlineDecorations(trackedDiff(state)), state))
  })

  it('after a keystroke keeps the decorations of every other paragraph as they were, and rebuilds the edited one\'s only when it looks different', () => {
    let state = editor()
    for (const [, edit] of edits.slice(0, 6)) state = edit(state)
    const specs = (s: EditorState, label: string) => {
      const pos = posOf(s, label)
      return [...redlineKey.getState(s)!.drawn.find(pos, pos + s.doc.nodeAt(pos)!.nodeSize), ...redlineKey.getState(s)!.inserted.find(pos, pos + s.doc.nodeAt(pos)!.nodeSize)].map(d => d.spec)
    }
    const others = ['PP2', 'OP2', 'OP4', 'OP6', 'OP7', 'OP12']
    const before = others.map(label => specs(state, label))
    expect(before.every(list => list.length > 0)).toBe(true)
    // A letter typed inside OP4's inserted word stretches the insertion; a letter typed
    // into OP9, unchanged so far, gives it decorations of its own.
    const inWord = wordIn(state, 'OP4', 'concerned')[0] + 3
    const typedInWord = state.apply(state.tr.insertText('x', inWord))
    expect(specs(typedInWord, 'OP4')).toEqual(specs(state, 'OP4'))
    expect(specs(typedInWord, 'OP4').every((spec, k) => spec === specs(state, 'OP4')[k])).toBe(true)
    const typed = typedInWord.apply(typedInWord.tr.insertText('y', paragraph(typedInWord, 'OP9').pos + 5))
    expect(specs(typed, 'OP9').map(spec => spec.look)).toContain('ins')
    others.forEach((label, k) => expect(specs(typed, label).every((spec, j) => spec === before[k][j])).toBe(true))
  })
})

describe('the redline of a text with sections and an annex', () => {
  const structured = buildResolution({ ...annexFootnotesDraft, sections: [{ number: 'I', text: 'Endorsement', at: 2 }] })
  const editorOf = () => EditorState.create({ doc: structured, plugins: [history(), paragraphIds(), amendmentTracking(structured), redline()] })

  it('marks words typed into an annex paragraph exactly over them, keystroke by keystroke', () => {
    const start = editorOf()
    const at = posOf(start, 'A1.2') + 1 + 'We recognize that'.length
    const state = typeAt(start, at, ' armed')
    const inserted = all(redlineKey.getState(state)!, state.doc).filter(d => d.spec.look === 'ins')
    expect(inserted.map(d => state.doc.textBetween(d.from, d.to).trim())).toEqual(['armed'])
    expect(looks(redlineKey.getState(state)!, state)).toEqual(looks(redlineDecorations(trackedDiff(state)), state))
  })

  it('draws a deleted annex paragraph inside the annex, after the paragraph before it', () => {
    const { state, pos, widgets } = deleteParagraph(editorOf(), 'A1.4')
    expect(widgets.map(w => w.from)).toEqual([pos - 1])
    expect(state.doc.resolve(pos - 1).parent).toBe(state.doc.nodeAt(posOf(state, 'A1.3(b)')))
  })

  it('draws a deleted first annex paragraph at the start of the annex, after its title and before its first section', () => {
    const title = structured.child(4).firstChild!
    const { widgets } = deleteParagraph(editorOf(), 'A1.1')
    const annexPos = structured.content.size - structured.child(4).nodeSize
    expect(widgets.map(w => w.from)).toEqual([annexPos + 1 + title.nodeSize])
  })
})

describe('the redline of paragraphs pasted between others', () => {
  /// Copies of 2388's paragraphs, as a paste makes them: fresh ids, or none.
  const copies = (state: EditorState, labels: string[], ids = true) => Fragment.fromArray(labels.map(label => {
    const node = state.doc.nodeAt(posOf(state, label))!
    return node.type.create({ ...node.attrs, pid: ids ? newPid() : null }, node.content)
  }))
  const after = (state: EditorState, label: string) => posOf(state, label) + state.doc.nodeAt(posOf(state, label))!.nodeSize
  const insert = (label: string, labels: string[], ids = true) => (s: EditorState) => s.apply(s.tr.insert(after(s, label), copies(s, labels, ids)))

  // Applied one after another to 2388, as the slices of a big paste go in and editing goes on.
  const steps: Array<[string, (state: EditorState) => EditorState]> = [
    ['three OPs pasted after OP34', insert('OP34', ['OP1', 'OP2', 'OP3'])],
    ['the next slice after them', insert('OP37', ['OP4', 'OP5'])],
    ['words typed into a pasted OP', s => typeAt(s, posOf(s, 'OP36') + 3, 'new ')],
    ['PPs pasted between PP2 and PP3', insert('PP2', ['PP9', 'PP10'])],
    ['OPs pasted without ids', insert('OP3', ['OP20'], false)],
    ['an OP deleted, then OPs pasted', s => insert('OP10', ['OP11'])(s.apply(s.tr.delete(posOf(s, 'OP12'), after(s, 'OP12'))))]
  ]

  it.each(steps.map(([name], i) => [name, i] as const))('after %s looks the same as drawn afresh from the diff', (_name, i) => {
    let state = editor()
    for (const [, step] of steps.slice(0, i + 1)) state = step(state)
    expect(looks(redlineKey.getState(state)!, state)).toEqual(looks(redlineDecorations(trackedDiff(state)), state))
  })

  it('keeps the decorations of the paragraphs already drawn, and draws the pasted ones as inserted', () => {
    let state = editor()
    for (const [, step] of steps.slice(0, 3)) state = step(state)
    const drawn = (s: EditorState) => all(redlineKey.getState(s)!, s.doc)
    const before = drawn(state)
    const pasted = insert('OP38', ['OP6', 'OP7'])(state)
    const now = drawn(pasted)
    expect(before.every(d => now.some(n => n.spec === d.spec))).toBe(true)
    const [op39, op41] = [posOf(pasted, 'OP39'), posOf(pasted, 'OP41')]
    expect(now.filter(d => d.from > op39 && d.from < op41).map(d => d.spec.look).sort()).toEqual(['new', 'new'])
  })
})
