import type { Node } from 'prosemirror-model'
import {
  annexCaption, documentParts, isAdopted, labelParagraphs, paragraphKind, schema, type ParagraphLabel, type ResolutionMeta
} from '../../schema'
import { closingLines, headingLines } from '../headingLines'
import { identification } from './identification'
import { escapeXml } from './xmlText'

export interface AknOptions {
  /// The generation date written in the manifestation (default: today), ISO `YYYY-MM-DD`.
  generated?: string
}

/// A resolution in Akoma Ntoso 3.0 after the UN's AKN4UN conventions: a `statement`
/// (`resolution`, or `draftResolution` for a draft), FRBR identification, a preface with
/// `docNumber` (the symbol), `docTitle` and the other heading lines, a preamble with the
/// organ line as the enacting formula and a `container` per preambular paragraph, a
/// mainBody of `paragraph`/`num`/`content` with subparagraphs as `list`/`intro`/`point`
/// and section headings as `division`s, the General Assembly's closing line as
/// `conclusions`, footnotes as `authorialNote`s and each annex as an `attachment`. Each
/// paragraph's `GUID` is its stable id (`pid`); `eId`s follow AKN naming (`pp_3`,
/// `para_12__list_1__point_a`). Linear in the document's size.
export function exportAkn(doc: Node, options: AknOptions = {}): string {
  const meta = doc.firstChild!.attrs as ResolutionMeta
  const organ = doc.child(1).textContent
  const generated = options.generated ?? new Date().toISOString().slice(0, 10)
  const writer = new AknWriter(labelParagraphs(doc))
  const parts = documentParts(doc)
  const heading = headingLines(meta, organ)
  const preface = [
    meta.symbol ? `<p><docNumber>${escapeXml(meta.symbol)}</docNumber></p>` : '',
    meta.title ? `<p><docTitle>${escapeXml(meta.title)}</docTitle></p>` : '',
    ...heading.filter(line => line !== meta.symbol && line !== meta.title).map(line => `<p>${escapeXml(line)}</p>`)
  ].join('')
  const formula = organ ? `<formula name="enactingFormula"><p>${escapeXml(parts[0].node.childCount ? `${organ},` : organ)}</p></formula>` : ''
  // Parts are written in document order: the writer numbers labels and notes as it goes.
  const preamble = formula + writer.part(parts[0].node, '', 'preamble')
  const mainBody = writer.part(parts[1].node, '', 'body') || '<p/>'
  const closing = closingLines(meta, organ)
  const annexes = parts.slice(2).map((part, i) => {
    const prefix = `att_${i + 1}__`
    const title = part.node.firstChild!
    return `<attachment><doc name="annex"><meta>${identification(meta, generated, `annex_${i + 1}`)}</meta>` +
      `<preface><p><docNumber>${escapeXml(annexCaption(i + 1, parts.length - 2, meta.lang))}</docNumber></p>` +
      `<p><docTitle>${writer.inline(title, prefix + 'title')}</docTitle></p></preface>` +
      `<mainBody>${writer.part(part.node, prefix, 'body') || '<p/>'}</mainBody></doc></attachment>`
  }).join('')
  return '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">' +
    `<statement name="${isAdopted(meta) ? 'resolution' : 'draftResolution'}" contains="originalVersion">` +
    `<meta>${identification(meta, generated)}</meta>` +
    (preface ? `<preface>${preface}</preface>` : '') +
    (preamble ? `<preamble>${preamble}</preamble>` : '') +
    `<mainBody>${mainBody}</mainBody>` +
    (closing.length ? `<conclusions>${closing.map(line => `<p>${escapeXml(line)}</p>`).join('')}</conclusions>` : '') +
    (annexes ? `<attachments>${annexes}</attachments>` : '') +
    '</statement></akomaNtoso>\n'
}

/// Writes parts of one document, numbering `eId`s and footnote markers as it goes.
class AknWriter {
  private label = 0
  private notes = 0
  private divisions = 0

  constructor(private readonly labels: readonly ParagraphLabel[]) {}

  /// The children of a part: preambular containers, or paragraphs grouped under the
  /// section headings that precede them.
  part(part: Node, prefix: string, kind: 'preamble' | 'body'): string {
    const children: Node[] = []
    part.forEach(child => { if (child.type !== schema.nodes.annex_title) children.push(child) })
    let out = '', division = ''
    let divisionOpen = false
    for (let i = 0; i < children.length; i++) {
      const node = children[i]
      if (node.type === schema.nodes.section_heading) {
        if (divisionOpen) out += division + '</division>'
        const number: string = node.attrs.number
        const eId = `${prefix}dvs_${++this.divisions}`
        division = `<division eId="${eId}">${number ? `<num>${escapeXml(number)}</num>` : ''}<heading>${this.inline(node, eId)}</heading>`
        divisionOpen = true
        continue
      }
      const subs: Node[] = []
      while (i + 1 < children.length && paragraphKind(children[i + 1]) === 'sub') subs.push(children[++i])
      const written = kind === 'preamble' ? this.preambular(node, subs, prefix) : this.operative(node, subs, prefix)
      if (divisionOpen) division += written
      else out += written
    }
    if (divisionOpen) out += division + '</division>'
    return out
  }

  private next(): ParagraphLabel {
    return this.labels[this.label++]
  }

  private preambular(node: Node, subs: Node[], prefix: string): string {
    const label = this.next()
    const eId = `${prefix}pp_${label.index}`
    return `<container name="preambularParagraph" eId="${eId}" GUID="${escapeXml(label.pid)}"><p>${this.inline(node, eId)}</p>${this.blockList(subs, 1, eId)}</container>`
  }

  /// Subparagraphs of a preambular paragraph as a `blockList` of `item`s.
  private blockList(subs: Node[], level: number, parent: string): string {
    if (!subs.length) return ''
    const eId = `${parent}__list_1`
    let items = ''
    for (let i = 0; i < subs.length; i++) {
      const label = this.next()
      const item = subs[i]
      const itemId = `${eId}__item_${itemName(label)}`
      const text = this.inline(item, itemId)
      const deeper: Node[] = []
      while (i + 1 < subs.length && subs[i + 1].attrs.level > level) deeper.push(subs[++i])
      items += `<item eId="${itemId}" GUID="${escapeXml(label.pid)}"><num>${escapeXml(label.number)}</num><p>${text}</p>${this.blockList(deeper, level + 1, itemId)}</item>`
    }
    return `<blockList eId="${eId}">${items}</blockList>`
  }

  private operative(node: Node, subs: Node[], prefix: string): string {
    const label = this.next()
    const eId = `${prefix}para_${label.kind === 'pp' ? 'P' : ''}${label.index}`
    const num = label.number ? `<num>${escapeXml(label.number)}</num>` : ''
    return `<paragraph eId="${eId}" GUID="${escapeXml(label.pid)}">${num}${this.body(node, subs, 1, eId)}</paragraph>`
  }

  /// The content of a paragraph or point: its text alone, or its text as the intro of a
  /// `list` of `point`s for its subparagraphs.
  private body(node: Node, subs: Node[], level: number, eId: string): string {
    if (!subs.length) return `<content><p>${this.inline(node, eId)}</p></content>`
    const listId = `${eId}__list_1`
    let points = ''
    for (let i = 0; i < subs.length; i++) {
      const label = this.next()
      const item = subs[i]
      const deeper: Node[] = []
      while (i + 1 < subs.length && subs[i + 1].attrs.level > level) deeper.push(subs[++i])
      const pointId = `${listId}__point_${itemName(label)}`
      points += `<point eId="${pointId}" GUID="${escapeXml(label.pid)}"><num>${escapeXml(label.number)}</num>${this.body(item, deeper, level + 1, pointId)}</point>`
    }
    return `<list eId="${listId}"><intro><p>${this.inline(node, eId)}</p></intro>${points}</list>`
  }

  /// A block's text: the opening phrase and other italics as `i`, footnotes as
  /// `authorialNote`s numbered through the document.
  inline(node: Node, eId: string): string {
    let out = ''
    node.forEach(child => {
      if (child.type === schema.nodes.footnote) {
        const n = ++this.notes
        out += `<authorialNote marker="${n}" placement="bottom" eId="${eId}__authorialNote_${n}"><p>${escapeXml(child.attrs.text)}</p></authorialNote>`
      } else {
        const text = escapeXml(child.text ?? '')
        out += child.marks.some(m => m.type === schema.marks.lead || m.type === schema.marks.em) ? `<i>${text}</i>` : text
      }
    })
    return out
  }
}

/// The last step of a subparagraph's label as an eId part: `a`, `ii`.
function itemName(label: ParagraphLabel): string {
  return /\(([^)]*)\)$/.exec(label.label)?.[1] ?? String(label.index)
}
