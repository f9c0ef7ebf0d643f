import type { ParagraphKind } from '../schema'

/// The standard opening phrases of UN resolutions (un-resolution-style.md), in English,
/// French and Spanish (the French and Spanish ones as the official texts print them, e.g.
/// S/RES/1364 (2001) in French, S/RES/929 (1994) in Spanish), from which
/// the italic lead of a paragraph is found: longest match wins. Italics stop before the
/// preposition or complement that follows, so `Taking note` of, `Aware` of; phrasal verbs
/// whose particle is part of the verb (`Calls upon`, `Appeals to`) keep it.
const preambularCore = [
  'Acknowledging', 'Acting under Chapter VII of the Charter of the United Nations', 'Affirming',
  'Alarmed', 'Appreciating', 'Approving', 'Aware', 'Bearing in mind', 'Believing', 'Cognizant',
  'Commending', 'Concerned', 'Condemning', 'Condemning in the strongest terms', 'Conscious',
  'Considering', 'Convinced', 'Deeply concerned', 'Deeply disturbed', 'Deploring', 'Desiring',
  'Determined', 'Determining', 'Emphasizing', 'Encouraged', 'Encouraging', 'Expressing concern',
  'Expressing deep concern', 'Expressing grave concern', 'Expressing its appreciation',
  'Fully aware', 'Gravely concerned', 'Guided', 'Having considered', 'Having examined',
  'Keeping in mind', 'Mindful', 'Noting', 'Noting with concern', 'Noting with appreciation',
  'Observing', 'Reaffirming', 'Realizing', 'Recalling', 'Recognizing', 'Regretting',
  'Reiterating', 'Reiterating deep concern', 'Reiterating its grave concern',
  'Reiterating its solidarity', 'Stressing', 'Taking into account', 'Taking note', 'Underlining',
  'Underscoring', 'Welcoming',
  'Rappelant', 'Soulignant', 'Se félicitant', 'Prenant note', 'Réaffirmant', 'Saluant',
  'Considérant', 'Notant', 'Constatant', 'Conscient', 'Ayant examiné', 'Prenant acte',
  'Vivement préoccupé', 'Profondément préoccupé', 'Gravement préoccupé', 'Convaincu', 'Résolu',
  'Déplorant', 'Guidé', 'Tenant compte',
  // The General Assembly (L’Assemblée générale) takes the feminine (A/RES/62/30).
  'Vivement préoccupée', 'Profondément préoccupée', 'Gravement préoccupée', 'Convaincue',
  'Résolue', 'Guidée', 'Consciente', 'Agissant en vertu du Chapitre VII de la Charte des Nations Unies',
  'Agissant au titre du Chapitre VII de la Charte des Nations Unies',
  'Reafirmando', 'Recordando', 'Destacando', 'Habiendo examinado', 'Teniendo en cuenta',
  'Tomando nota', 'Acogiendo con beneplácito', 'Acogiendo con satisfacción', 'Observando',
  'Reconociendo', 'Subrayando', 'Expresando', 'Decidido', 'Profundamente preocupado',
  'Preocupado', 'Consciente', 'Convencido', 'Determinando', 'Acogiendo complacido', 'Haciendo hincapié',
  // La Asamblea General takes the feminine (A/RES/3406 (XXX)).
  'Preocupada', 'Profundamente preocupada', 'Convencida', 'Decidida',
  'Actuando en virtud del Capítulo VII de la Carta de las Naciones Unidas',
  'Actuando con arreglo al Capítulo VII de la Carta de las Naciones Unidas'
]
const preambularAfter = ['also', 'further', 'with appreciation', 'également', 'en outre', 'además', 'también', 'asimismo']

const operativeCore = [
  'Accepts', 'Acknowledges', 'Adopts', 'Affirms', 'Appeals to', 'Approves', 'Authorizes',
  'Calls for', 'Calls upon', 'Calls on', 'Commends', 'Condemns', 'Confirms', 'Considers', 'Decides',
  'Declares', 'Demands', 'Deplores', 'Directs', 'Emphasizes', 'Encourages', 'Endorses',
  'Expresses its appreciation', 'Expresses its concern', 'Expresses its intention',
  'Expresses its support', 'Invites', 'Notes', 'Reaffirms', 'Reaffirms its condemnation',
  'Recalls', 'Recognizes', 'Recommends', 'Regrets', 'Reiterates', 'Reiterates its condemnation',
  'Reiterates its intention', 'Reminds', 'Requests', 'Stresses', 'Supports', 'Takes note',
  'Underlines', 'Underscores', 'Urges', 'Welcomes',
  'Prie', 'Demande', 'Décide', 'Souligne', 'Se félicite', 'Engage', 'Réaffirme', 'Encourage',
  'Invite', 'Rappelle', 'Exige', 'Prie instamment', 'Autorise', 'Approuve', 'Condamne',
  'Decide', 'Pide', 'Exhorta', 'Insta', 'Alienta', 'Autoriza', 'Condena', 'Reafirma',
  'Solicita', 'Recomienda', 'Toma nota', 'Subraya', 'Destaca', 'Aprueba', 'Invita', 'Observa',
  'Reconoce', 'Recuerda', 'Acoge con beneplácito', 'Acoge con satisfacción', 'Expresa su apoyo', 'Hace suya', 'Hace suyo'
]
const operativeBefore = ['Also', 'Further', 'Strongly', 'Again']
const operativeAfter = ['également', 'en outre', 'aussi', 'además', 'también', 'asimismo']

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1)
}

function expand(core: string[], before: string[], after: string[]): string[] {
  const out = new Set<string>()
  for (const phrase of core) {
    out.add(phrase)
    for (const b of before) out.add(`${b} ${lowerFirst(phrase)}`)
    for (const a of after) out.add(`${phrase} ${a}`)
  }
  return [...out].sort((a, b) => b.length - a.length)
}

const lexicon: Record<'pp' | 'op', string[]> = {
  pp: expand(preambularCore, [], preambularAfter),
  op: expand(operativeCore, operativeBefore, operativeAfter)
}

/// Every phrase of the lexicon by its letters, spaces left out (`Ayantexaminé`).
const bySpelling = new Map([...lexicon.pp, ...lexicon.op].map(phrase => [phrase.replaceAll(' ', ''), phrase]))

/// The length of the longest phrase's letters, spaces left out: how far a caller need
/// look for the letters of a lead.
export const longestPhraseLetters = Math.max(...[...bySpelling.keys()].map(k => k.length))

/// The lexicon phrase whose letters, spaces left out, are `letters`, or null: how a lead
/// whose spaces a text extraction moved (`Ayan t ex am iné` for `Ayant examiné`, S/RES/1364
/// (2001) as vlex.com gives it) is told.
export function phraseSpelledBy(letters: string): string | null {
  return bySpelling.get(letters) ?? null
}

/// Whether `text` continues after `length` characters with something other than a letter,
/// so `Notes` does not match the start of `Notesworthy`.
function endsAtWordBoundary(text: string, length: number): boolean {
  return length >= text.length || !/[\p{L}\p{N}]/u.test(text.charAt(length))
}

/// The lexicon phrase `text` opens with, longest first, in the paragraph's own kind or, failing
/// that, the other (a PP that opens with an operative verb is still italicized).
export function lexiconPhrase(text: string, kind: 'pp' | 'op'): string | null {
  for (const list of [lexicon[kind], lexicon[kind === 'pp' ? 'op' : 'pp']])
    for (const phrase of list)
      if (text.startsWith(phrase) && endsAtWordBoundary(text, phrase.length)) return phrase
  return null
}

/// Whether a paragraph opens with an operative verb of the lexicon (`Decides`, `Further
/// requests`): how a lone, unnumbered operative paragraph is told from the preamble.
export function opensOperatively(text: string): boolean {
  return lexicon.op.some(phrase => text.startsWith(phrase) && endsAtWordBoundary(text, phrase.length))
}

/// Whether a line begins like a preambular or operative paragraph: a phrase of the
/// lexicon or a capitalized present participle (`Emphasizing`). The importer uses this to
/// tell where a new paragraph starts in text without blank lines; past participles are left
/// out because `United` would then open a paragraph in the middle of a sentence.
export function opensParagraph(text: string): boolean {
  if (lexiconPhrase(text, 'pp')) return true
  return /^[A-Z][a-z]+ing\b/.test(text)
}

const articles = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'Of', 'For', 'To', 'Le', 'La', 'Les', 'El', 'Los', 'Las'])

/// Length of the italic opening phrase of a PP or OP: the longest lexicon phrase, else the
/// first word when it is a capitalized word that is not an article or preposition.
/// Subparagraphs have none.
export function openingPhraseLength(text: string, kind: ParagraphKind): number {
  if (kind === 'sub') return 0
  const phrase = lexiconPhrase(text, kind)
  if (phrase) return phrase.length
  const word = /^\p{Lu}[\p{L}’'-]*/u.exec(text)
  return word && !articles.has(word[0]) ? word[0].length : 0
}
