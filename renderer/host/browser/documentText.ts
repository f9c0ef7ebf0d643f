import type { HostResult } from '../../../shared/host'
import { decodeText, parseDocumentFile, sizeProblem } from '../../../shared/file'

/// A picked file's text, or its refusal as every edition words it: too large (decided
/// from `File.size`, unread), not UTF-8 or not text (`decodeText`), not a Penholder
/// document (`parseDocumentFile`), so a file the desktop refuses never joins the web
/// edition's recent files either.
export async function documentText(file: File): Promise<HostResult<string>> {
  const refuse = (error: string): HostResult<never> => ({ ok: false, canceled: false, error })
  const tooLarge = sizeProblem(file.size, 'document')
  if (tooLarge) return refuse(`${file.name}: ${tooLarge}`)
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()), file.name, 'document')
  if (!decoded.ok) return refuse(decoded.error)
  const parsed = parseDocumentFile(decoded.text, file.name)
  return parsed.ok ? { ok: true, value: decoded.text } : refuse(parsed.error)
}
