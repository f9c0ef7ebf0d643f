import { AlignmentType, LevelFormat, LevelSuffix, type INumberingOptions } from 'docx'
import type { Language } from '../../schema'
import { indentStep } from './layout'

/// The one list of a resolution's operative paragraphs and their subparagraphs.
export const operativeList = 'ph-operative'
/// The lists of subparagraphs of preambular paragraphs: one instance per paragraph, so each
/// starts again at (a). Level 0 is never used.
export const preambularList = 'ph-preambular'

/// The displayed number of each level as a Word level text (ECMA-376 17.9.11): `1.`,
/// `(a)`, `(i)`, `a.`, `i.` — or `a)`, `i)` in French and Spanish — the numbering of
/// un-resolution-style.md, "Parts, in order", which `subparagraphNumber` also follows.
export function levelTexts(lang: Language): Array<{ format: typeof LevelFormat[keyof typeof LevelFormat], text: string }> {
  const paren = (n: number) => lang === 'en' ? `(%${n})` : `%${n})`
  return [
    { format: LevelFormat.DECIMAL, text: '%1.' },
    { format: LevelFormat.LOWER_LETTER, text: paren(2) },
    { format: LevelFormat.LOWER_ROMAN, text: paren(3) },
    { format: LevelFormat.LOWER_LETTER, text: '%4.' },
    { format: LevelFormat.LOWER_ROMAN, text: '%5.' }
  ]
}

/// Word numbering definitions for a resolution: real lists, so Word renumbers when a
/// delegate adds or deletes a paragraph. Each level hangs its number one indent step to
/// the left of its text, followed by a tab.
export function resolutionNumbering(lang: Language): INumberingOptions {
  const levels = levelTexts(lang).map(({ format, text }, level) => ({
    level,
    format,
    text,
    alignment: AlignmentType.START,
    suffix: LevelSuffix.TAB,
    style: { paragraph: { indent: { left: indentStep * (level + 2), hanging: indentStep } } }
  }))
  return { config: [{ reference: operativeList, levels }, { reference: preambularList, levels }] }
}
