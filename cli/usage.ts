/// `penholder --help`.
export const usage = `penholder — the Penholder resolution engine on the command line

Usage:
  penholder info <input> [--json]
  penholder import <text> -o <file.penholder> [--force]
  penholder new --from <input> -o <file.penholder> [--force]
  penholder export <input> --format text [-o <out>] [--crlf] [--plain-hyphens] [--force]
  penholder export <input> --format docx -o <out.docx> [--layout draft|official] [--paper a4|letter] [--author <name>]
  penholder export <input> --format docx-redline -o <out.docx> [--from <version>] [--to <version>] [--author <name>]
  penholder export <input> --format akn [-o <out.xml>]
  penholder export <input> --format amendments [--from <version>] [--to <version>] [--style negotiation|official] [-o <out.txt|out.docx>]
  penholder compare <a> <b> [--json] [--format text|json|amendments|docx-redline] [--style negotiation|official] [-o <out>]
  penholder apply <input> <amendments.txt> -o <file.penholder> [--accept-near-misses] [--force]

<input> is one of:
  template:2388                  the built-in template, resolution 2388 (2017)
  <file>.penholder[#name]        a Penholder document (.penholder.json read alike); #base,
                                 #current (default) or a version name such as #Rev.1
  <file>.txt                     a resolution as plain text (official layout, copied out of a
                                 PDF, or a UN press release), imported on the fly

Exit codes: 0 success, 1 lint found errors or apply met near-misses, 2 bad input or usage.
Start with:  penholder info template:2388 --json
`
