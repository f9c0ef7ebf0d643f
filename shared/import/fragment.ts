import type { FootnoteDraft, ListStyle } from '../schema'
import { lexiconPhrase, opensOperatively } from '../style'
import { sourceLines } from './sourceLines'
import { removePageArtefacts } from './pageArtefacts'
import { takeClosingLines } from './closingLines'
import { takeFootnotes } from './footnotes'
import { joinLines, vocabularyOf } from './joinLines'
import { readMarker, SubparagraphLevels, type Marker } from './markers'
import { NoteQueue } from './classify'
import { parseOrganLine } from './organLine'
import { ParagraphCount } from './paragraphLimit'

/// A paragraph of pasted HTML as the renderer reads it: its text, italic spans (offsets
/// in `text`), its list level (0 outside a list or at a list's first level) and the
/// marker its list drew (`35.`, `(a)`), which is not part of the text.
export interface PastedParagraph {
  text: string
  em?: ReadonlyArray<readonly [number, number]>
  level?: number
  marker?: string
}

/// A paragraph of a paste with the kind its text shows: `op` when it is numbered or opens
/// with an operative verb, `pp` for a preambular opening phrase or a `PP3.` label, `sub`
/// with its level for a subparagraph, and null when nothing in it says (it takes the
/// kind of the place it is pasted at).
export interface FragmentParagraph {
  kind: 'pp' | 'op' | 'sub' | null
  text: string
  em?: ReadonlyArray<readonly [number, number]>
  footnotes?: readonly FootnoteDraft[]
  level?: number
  listStyle?: ListStyle
}

/// How many non-blank lines from the top an organ line may stand at in a whole resolution.
const organLineWithin = 60

/// Whether a text is plainly a whole resolution rather than paragraphs of one: it has an
/// organ line (`The Security Council,`) among its first lines. Only such a paste may be
/// offered to replace the draft or to be compared with it.
export function isWholeResolution(text: string): boolean {
  let seen = 0
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    if (parseOrganLine(line)) return true
    if (++seen >= organLineWithin) return false
  }
  return false
}

/// The kind a paragraph's own words show: numbered or opening with an operative verb (an
/// OP), opening with a preambular phrase (a PP), or neither.
function kindOfWords(text: string, numbered: boolean): 'pp' | 'op' | null {
  if (numbered) return 'op'
  if (opensOperatively(text)) return 'op'
  if (lexiconPhrase(text, 'pp')) return 'pp'
  return null
}

/// Read pasted plain text as paragraphs, as the importer reads a body: page furniture,
/// closing lines and footnote blocks of a PDF copy go, lines are joined and
/// de-hyphenated, and each paragraph gets the kind its marker or words show. Subparagraph
/// levels count from the paste's own first list. Throws `OverlongParagraph` for a
/// paragraph longer than `maxParagraphLength`.
export function readPastedText(text: string): FragmentParagraph[] {
  let lines = removePageArtefacts(sourceLines(text))
  lines = takeClosingLines(lines, 'keep').lines
  const { lines: body, notes } = takeFootnotes(lines)
  const queue = new NoteQueue(notes)
  const vocabulary = vocabularyOf(body.map(l => l.text).filter(t => t.trim()).join('\n'))
  const levels = new SubparagraphLevels()
  const out: FragmentParagraph[] = []
  const count = new ParagraphCount()
  for (const block of joinLines(body, vocabulary)) {
    const marker = readMarker(block.text)
    count.check(block.text, marker, block.line)
    out.push(classifyPasted(block.text, marker, levels, out[out.length - 1], queue))
  }
  return out
}

function classifyPasted(raw: string, marker: Marker | null, levels: SubparagraphLevels, previous: FragmentParagraph | undefined, queue: NoteQueue): FragmentParagraph {
  const inline = queue.take(marker ? raw.slice(marker.length) : raw)
  if (marker?.kind === 'sub') {
    const level = levels.levelOf(marker, previous ? /:[”’"]?$/.test(previous.text) : false)
    if (level !== null) {
      const listStyle = levels.styleOf(level)
      return { kind: 'sub', ...inline, level, ...(listStyle ? { listStyle } : {}) }
    }
  }
  levels.reset()
  if (marker?.kind === 'pp') return { kind: 'pp', ...inline }
  return { kind: kindOfWords(inline.text, marker?.kind === 'op'), ...inline }
}

/// Read the paragraphs of pasted HTML (Word, Google Docs, a web page): a marker typed in
/// the text (`35. Welcomes`) goes and says the kind as in plain text; a list's own
/// levels make subparagraphs, counted from the paste's shallowest level, and a list
/// marker in the subparagraph style (`(a)` in Word's hidden list numbers) does too; the
/// words decide the rest. Italic spans keep their place in the text without its marker.
/// Throws `OverlongParagraph` for a paragraph longer than `maxParagraphLength`.
export function readPastedParagraphs(paragraphs: readonly PastedParagraph[]): FragmentParagraph[] {
  const top = Math.min(...paragraphs.map(p => p.level ?? 0))
  const levels = new SubparagraphLevels()
  const queue = new NoteQueue([])
  const out: FragmentParagraph[] = []
  const count = new ParagraphCount()
  for (const p of paragraphs) {
    const typed = readMarker(p.text)
    count.check(p.text, typed)
    const cut = typed?.length ?? 0
    const listMarker = p.marker ? readMarker(p.marker.trim() + ' ') : null
    const depth = (p.level ?? 0) - top
    let read: FragmentParagraph
    if (depth > 0 || listMarker?.kind === 'sub' || typed?.kind === 'sub') {
      const marker = (typed?.kind === 'sub' ? typed : listMarker?.kind === 'sub' ? listMarker : null)
      const level = marker ? levels.levelOf(marker, /:[”’"]?$/.test(out[out.length - 1]?.text ?? '')) ?? depth : depth
      read = { kind: 'sub', ...queue.take(p.text.slice(cut)), level: Math.max(1, level) }
    } else {
      read = classifyPasted(p.text, typed, levels, out[out.length - 1], queue)
    }
    const shift = p.text.length - p.text.trimStart().length + cut
    const em = (p.em ?? []).map(([from, to]) => [Math.max(0, from - shift), Math.min(read.text.length, to - shift)] as const).filter(([from, to]) => from < to)
    out.push(em.length ? { ...read, em } : read)
  }
  return out
}
