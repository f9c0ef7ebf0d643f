import type { Language } from '../schema'

const monthNames: Record<Language, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
}

const twoDigits = (n: number) => String(n).padStart(2, '0')

/// A day as UN documents print it, in the document's language, from the local calendar
/// of `at`: `30 November 2026`, `1er décembre 2026` (French ordinal for the first),
/// `30 de noviembre de 2026` (UN editorial manuals: no comma, no leading zero, month in
/// words). Other languages fall back to English.
export function unDate(at: Date, lang: Language): string {
  const day = at.getDate(), month = at.getMonth(), year = at.getFullYear()
  if (lang === 'fr') return `${day === 1 ? '1er' : day} ${monthNames.fr[month]} ${year}`
  if (lang === 'es') return `${day} de ${monthNames.es[month]} de ${year}`
  return `${day} ${monthNames.en[month]} ${year}`
}

/// A day and time of day on the 24-hour clock the UN uses: `30 November 2026, 14:45`,
/// `30 novembre 2026, 14 h 45` (French typography puts `h` between hours and minutes),
/// `30 de noviembre de 2026, 14.45 horas`.
export function unDateTime(at: Date, lang: Language): string {
  const hours = at.getHours(), minutes = twoDigits(at.getMinutes())
  const time = lang === 'fr' ? `${hours} h ${minutes}` : lang === 'es' ? `${hours}.${minutes} horas` : `${twoDigits(hours)}:${minutes}`
  return `${unDate(at, lang)}, ${time}`
}
