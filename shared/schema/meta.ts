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
  /// Meeting at which the resolution was adopted, as the text names it without the word
  /// "meeting": `8111th` (Security Council, `at its 8111th meeting`), `45th plenary`
  /// (the General Assembly's closing line `45th plenary meeting`), `8111e` and
  /// `50e plénière` in French (`meetingPhrase` puts the words back).
  meeting: string
  /// Sponsors of a draft: `United States of America`.
  sponsors: string
  /// Title (General Assembly resolutions; Security Council ones carry none).
  title: string
  /// Language of the text, which decides subparagraph style (`(a)` or `a)`).
  lang: Language
  /// The vote as the text or its record states it: `adopted without a vote`,
  /// `recorded vote of 122 to 4, with 48 abstentions`, `15-0-0`.
  vote: string
  /// The agenda item a General Assembly text comes under, as printed after `Agenda
  /// item`: `68 (b)`.
  agendaItem: string
  /// The session, as printed: `Seventy-second session`.
  session: string
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
  lang: 'en',
  vote: '',
  agendaItem: '',
  session: ''
})

/// Fill the fields a partial heading leaves out, so every document carries every field.
export function completeMeta(meta: Partial<ResolutionMeta>): ResolutionMeta {
  return { ...emptyMeta, ...meta }
}

/// Whether the symbol is that of an adopted resolution rather than a draft.
export function isAdopted(meta: ResolutionMeta): boolean {
  return /\/RES\//.test(meta.symbol)
}

/// The adoption facts a text states, as `penholder info --json` lists them (cli.md):
/// `{ meeting: "8111th meeting", date: "21 November 2017" }`, with `vote`, `agendaItem`
/// and `session` where known. Null for a text that states none (a draft). The date counts
/// only for an adopted resolution or a text that names its meeting: a draft's date is
/// the date it was circulated.
export interface AdoptionFacts {
  meeting?: string
  date?: string
  vote?: string
  agendaItem?: string
  session?: string
}

const meetingWord: Record<Language, string> = { en: 'meeting', fr: 'séance', es: 'sesión' }
const plenaryWord: Record<Language, string> = { en: 'plenary', fr: 'plénière', es: 'plenaria' }

/// The meeting as a text names it: `8111th meeting`, `45th plenary meeting`; in French
/// `8111e séance`, `50e séance plénière` (stored `50e plénière`); in Spanish `50ª sesión
/// plenaria`. Empty when no meeting is known.
export function meetingPhrase(meta: ResolutionMeta): string {
  if (!meta.meeting) return ''
  const lang = Object.hasOwn(meetingWord, meta.lang) ? meta.lang : 'en'
  if (lang === 'en') return `${meta.meeting} ${meetingWord.en}`
  const plenary = ' ' + plenaryWord[lang]
  return meta.meeting.endsWith(plenary)
    ? `${meta.meeting.slice(0, -plenary.length)} ${meetingWord[lang]}${plenary}`
    : `${meta.meeting} ${meetingWord[lang]}`
}

export function adoptionFacts(meta: ResolutionMeta): AdoptionFacts | null {
  const facts: AdoptionFacts = {}
  if (meta.meeting) facts.meeting = meetingPhrase(meta)
  if (meta.date && (meta.meeting || isAdopted(meta))) facts.date = meta.date
  if (meta.vote) facts.vote = meta.vote
  if (meta.agendaItem) facts.agendaItem = meta.agendaItem
  if (meta.session) facts.session = meta.session
  return Object.keys(facts).length ? facts : null
}
