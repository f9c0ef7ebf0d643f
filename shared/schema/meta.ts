/// The heading of a resolution: everything above the organ line. It is document
/// metadata, not negotiated text, so it lives in the attributes of the `heading` node
/// and is edited as fields rather than typed as paragraphs.
export interface ResolutionMeta {
  /// Document symbol: `S/RES/2388 (2017)`, `S/2017/983`, `A/RES/64/174`, `A/C.3/72/L.12`.
  symbol: string
  /// `Provisional`, `General`, `Limited`, as printed under the symbol of a draft.
  distribution: string
  /// Date as UN texts write it: `21 November 2017`.
  date: string
  /// `English` in `Original: English`.
  original: string
  /// Meeting at which a Security Council resolution was adopted: `8111th`.
  meeting: string
  /// Sponsors of a draft: `United States of America`.
  sponsors: string
  /// Title (General Assembly resolutions; Security Council ones carry none).
  title: string
  /// Language of the text, which decides subparagraph style (`(a)` or `a)`).
  lang: Language
}

export type Language = 'en' | 'fr' | 'es'

export const emptyMeta: ResolutionMeta = Object.freeze({
  symbol: '',
  distribution: '',
  date: '',
  original: '',
  meeting: '',
  sponsors: '',
  title: '',
  lang: 'en'
})

/// Fill the fields a partial heading leaves out, so every document carries every field.
export function completeMeta(meta: Partial<ResolutionMeta>): ResolutionMeta {
  return { ...emptyMeta, ...meta }
}

/// Whether the symbol is that of an adopted resolution rather than a draft.
export function isAdopted(meta: ResolutionMeta): boolean {
  return /\/RES\//.test(meta.symbol)
}
