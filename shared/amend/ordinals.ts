/// Ordinal words, as official amendments name preambular paragraphs (“the third
/// preambular paragraph”, « le troisième alinéa du préambule ») and occurrences of a word
/// (“(second occurrence)”). Numbers 1 to 199; past that, figures (`201st`, `201e`).

const enUnits = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth']
const enTens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const enTensOrdinal = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth']

function englishOrdinal(n: number): string {
  if (n >= 200 || n < 1) return `${n}${[11, 12, 13].includes(n % 100) ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`
  if (n >= 100) return n === 100 ? 'hundredth' : 'hundred and ' + englishOrdinal(n - 100)
  if (n < 20) return enUnits[n]
  const tens = Math.floor(n / 10), unit = n % 10
  return unit ? `${enTens[tens]}-${enUnits[unit]}` : enTensOrdinal[tens]
}

const frCardinals = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix',
  'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf']
const frTens = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'soixante', 'quatre-vingt', 'quatre-vingt']

function frenchCardinal(n: number): string {
  if (n >= 100) return n === 100 ? 'cent' : 'cent ' + frenchCardinal(n - 100)
  if (n < 20) return frCardinals[n]
  const tens = Math.floor(n / 10)
  const rest = tens === 7 || tens === 9 ? n - tens * 10 + 10 : n % 10
  const head = frTens[tens]
  if (!rest) return tens === 8 ? 'quatre-vingts' : head
  if (rest === 1 && tens < 8) return `${head} et un`
  if (rest === 11 && tens === 7) return `${head} et onze`
  return `${head}-${frCardinals[rest]}`
}

function frenchOrdinal(n: number): string {
  if (n < 1 || n >= 200) return `${n}e`
  if (n === 1) return 'premier'
  const cardinal = frenchCardinal(n).replace(/vingts$/, 'vingt')
  if (cardinal.endsWith('cinq')) return cardinal + 'uième'
  if (cardinal.endsWith('neuf')) return cardinal.slice(0, -1) + 'vième'
  if (cardinal.endsWith('e')) return cardinal.slice(0, -1) + 'ième'
  return cardinal + 'ième'
}

/// `3` → `third` / `troisième`.
export function ordinal(n: number, lang: 'en' | 'fr'): string {
  return lang === 'fr' ? frenchOrdinal(n) : englishOrdinal(n)
}

let table: Map<string, number> | null = null

/// The number an ordinal word stands for, in English or French (`third`, `twenty-first`,
/// `troisième`, `vingt et unième`, `premier`, `première`, `3rd`, `3e`), or null.
export function ordinalValue(word: string): number | null {
  if (!table) {
    table = new Map()
    for (let n = 1; n < 200; n++) { table.set(englishOrdinal(n), n); table.set(frenchOrdinal(n), n) }
    table.set('première', 1)
  }
  const w = word.toLowerCase().replace(/\s+/g, ' ').replace(/[‑–]/g, '-')
  const figure = /^(\d+)(?:st|nd|rd|th|e|er|re|ème)$/.exec(w)
  return figure ? Number(figure[1]) : table.get(w) ?? null
}
