/// Text as it comes out of a PDF copy of a resolution: every paragraph hard-wrapped at
/// `width` columns, long words hyphenated across line ends, and a page break every
/// `pageLines` lines with a running header (the symbol, and the title when there is one,
/// as General Assembly copies print it) and a footer (job number and page; on the first
/// page the job number with its language, date stamp and bar code, as UN documents print
/// them). `numbersAlone` puts each paragraph number on a line of its own, as text copied
/// out of some PDF viewers has it. Built from a clean text so the test knows the truth.
export interface PdfCopyOptions {
  width?: number
  pageLines?: number
  symbol?: string
  job?: string
  title?: string
  stamp?: string
  numbersAlone?: boolean
}

export function pdfCopy(paragraphs: string[], options: PdfCopyOptions = {}): string {
  const width = options.width ?? 72
  const pageLines = options.pageLines ?? 40
  const symbol = options.symbol ?? 'S/RES/2388 (2017)'
  const job = options.job ?? '17-20574'
  const lines: string[] = []
  for (const paragraph of paragraphs) {
    const number = options.numbersAlone ? /^(\d{1,3}\.|\([a-z]{1,4}\))\s+/.exec(paragraph) : null
    if (number) lines.push(number[1], ...wrap(paragraph.slice(number[0].length), width), '')
    else lines.push(...wrap(paragraph, width), '')
  }
  const pages = Math.ceil(lines.length / pageLines)
  const out: string[] = []
  for (let page = 0; page < pages; page++) {
    if (page > 0) out.push(...(options.title ? [symbol + ' ' + options.title] : [symbol]), '')
    out.push(...lines.slice(page * pageLines, (page + 1) * pageLines))
    if (page === 0 && options.stamp) out.push('', `${job} (E)    ${options.stamp}`, `*${job.replace('-', '')}*`, '\f')
    else out.push('', page % 2 ? `${page + 1}/${pages}  ${job}` : `${job}  ${page + 1}/${pages}`, '\f')
  }
  return out.join('\n')
}

/// Wrap at `width`, breaking words longer than 9 letters with a hyphen when they would
/// overflow, and compounds at their own hyphen, as a typesetter does.
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const room = width - line.length - (line ? 1 : 0)
    if (word.length <= room) { line += (line ? ' ' : '') + word; continue }
    const compound = word.indexOf('-')
    if (compound > 0 && compound + 1 <= room) {
      lines.push(line + (line ? ' ' : '') + word.slice(0, compound + 1))
      line = word.slice(compound + 1)
      continue
    }
    if (/^[a-z]{10,}[,;.]?$/.test(word) && room >= 6) {
      const cut = Math.min(room - 1, word.length - 4)
      lines.push(line + (line ? ' ' : '') + word.slice(0, cut) + '-')
      line = word.slice(cut)
      continue
    }
    lines.push(line)
    line = word
  }
  if (line) lines.push(line)
  return lines
}
