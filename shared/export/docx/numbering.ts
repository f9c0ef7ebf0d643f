import { AlignmentType, LevelFormat, LevelSuffix, type INumberingOptions, type IParagraphOptions } from 'docx'
import { defaultListStyle, type Language, type ListStyle, type ParagraphKind } from '../../schema'
import { indentStep } from './layout'
import { styleIds } from './paragraphStyles'

/// A paragraph as the lists see it: its kind, its level (1…4 for a subparagraph), the
/// marker style of its list where the source used another than the level's, the annex it
/// stands in (0 in the body) and whether it shows a number (a lone OP and unnumbered
/// annex paragraphs do not).
export interface ListItem {
  readonly kind: ParagraphKind
  readonly level: number
  readonly listStyle: ListStyle | null
  readonly annex: number
  readonly numbered: boolean
}

const formats: Record<ListStyle, typeof LevelFormat[keyof typeof LevelFormat]> = {
  letter: LevelFormat.LOWER_LETTER,
  roman: LevelFormat.LOWER_ROMAN,
  number: LevelFormat.DECIMAL
}

/// The levels of a list as Word level texts (ECMA-376 17.9.11): `1.`, then `(a)`,
/// `(i)`, `a.`, `i.` — `a)`, `i)` in French and Spanish — or the list's own styles
/// (un-resolution-style.md, "Parts, in order"; `subparagraphNumber` prints the same).
/// Each level hangs its number one indent step left of its text, followed by a tab.
function levels(lang: Language, styles: readonly ListStyle[], start: number) {
  return [0, 1, 2, 3, 4].map(level => {
    const n = level + 1
    const format = level === 0 ? LevelFormat.DECIMAL : formats[styles[level - 1]]
    const text = level === 0 || level >= 3 ? `%${n}.` : lang === 'en' ? `(%${n})` : `%${n})`
    return {
      level, format, text, start: level === 0 ? start : 1,
      alignment: AlignmentType.START,
      suffix: LevelSuffix.TAB,
      style: { paragraph: { indent: { left: indentStep * (level + 2), hanging: indentStep } } }
    }
  })
}

const operativeList = 'ph-operative'
const annexList = 'ph-annex'

/// The style and Word list of each paragraph, and the list definitions they use: real
/// lists, so that Word renumbers when a delegate adds or deletes a paragraph. Operative
/// paragraphs form one list starting at the operative part's `start`; each annex's
/// numbered paragraphs a list of their own; the subparagraphs of each paragraph a list
/// of their own, on a definition with their styles, whose lower levels Word restarts
/// after each higher one. One pass over the items.
export function assignLists(items: readonly ListItem[], lang: Language, operativeStart: number): { formats: IParagraphOptions[], numbering: INumberingOptions } {
  const definitions = new Map<string, ListStyle[]>()
  const paragraphFormats: IParagraphOptions[] = []
  let subLists = 0
  let group: { reference: string, instance: number } | null = null
  for (let i = 0; i < items.length; i++) {
    const item = items[i]
    if (item.kind !== 'sub') {
      group = null
      const style = item.kind === 'pp' ? styleIds.pp : styleIds.op
      if (item.kind === 'pp' || !item.numbered) { paragraphFormats.push({ style }); continue }
      const reference = item.annex ? annexList : operativeList
      paragraphFormats.push({ style, numbering: { reference, level: 0, instance: item.annex, custom: true } })
      continue
    }
    if (!group) {
      const styles = [1, 2, 3, 4].map(defaultListStyle)
      const seen = new Set<number>()
      for (let j = i; j < items.length && items[j].kind === 'sub'; j++) {
        const { level, listStyle } = items[j]
        if (!seen.has(level) && listStyle) styles[level - 1] = listStyle
        seen.add(level)
      }
      const reference = `ph-sub-${styles.join('-')}`
      definitions.set(reference, styles)
      group = { reference, instance: ++subLists }
    }
    paragraphFormats.push({ style: styleIds.sub, numbering: { ...group, level: item.level, custom: true } })
  }
  const body = [1, 2, 3, 4].map(defaultListStyle)
  const config = [
    { reference: operativeList, levels: levels(lang, body, operativeStart) },
    { reference: annexList, levels: levels(lang, body, 1) },
    ...[...definitions].map(([reference, styles]) => ({ reference, levels: levels(lang, styles, 1) }))
  ]
  return { formats: paragraphFormats, numbering: { config } }
}
