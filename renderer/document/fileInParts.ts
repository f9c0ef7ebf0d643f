import { freezeFile, type PenholderFile } from '../../shared/file/file'
import type { Node } from 'prosemirror-model'
import { schema } from '../../shared/schema'

/// A document file as the import worker sends it to the page after reading and checking
/// it: its small fields as they are, each of its documents (base, current text, every
/// saved version) as a JSON text of its own, so that the page rebuilds them one at a time
/// in short tasks (`fileFromParts`) instead of parsing a 32 MB file in one. Plain data, for
/// `postMessage`.
export interface FileInParts {
  readonly meta: PenholderFile['meta']
  readonly baseVersion: string | null
  readonly baseDeleted: PenholderFile['baseDeleted']
  readonly baseAccepted: number
  readonly comments: PenholderFile['comments']
  readonly base: string
  readonly current: string
  readonly versions: ReadonlyArray<{ readonly id: string, readonly name: string, readonly author: string, readonly at: string, readonly doc: string }>
}

/// A checked file in parts (see `FileInParts`); `text` gives a document's JSON text.
export function fileInParts(file: PenholderFile, text = (doc: Node) => JSON.stringify(doc.toJSON())): FileInParts {
  return {
    meta: file.meta,
    baseVersion: file.baseVersion,
    baseDeleted: file.baseDeleted,
    baseAccepted: file.baseAccepted,
    comments: file.comments,
    base: text(file.base),
    current: text(file.current),
    versions: file.versions.map(({ id, name, author, at, doc }) => ({ id, name, author, at, doc: text(doc) }))
  }
}

/// The work the page does in one task while rebuilding a file, in ms: then it lets the
/// page answer (a `setTimeout`) before going on.
export const rebuildSliceMs = 30

/// The file `fileInParts` sent, its documents rebuilt as ProseMirror nodes one after the
/// other, giving the page back every `rebuildSliceMs` (one document of 2388's size takes
/// under a millisecond). The parts were checked by `parseDocumentFile` in the worker, so
/// nothing is checked again: a part that does not parse is a bug, and throws.
export async function fileFromParts(parts: FileInParts): Promise<PenholderFile> {
  let slice = performance.now()
  const nodeOf = async (json: string) => {
    if (performance.now() - slice > rebuildSliceMs) {
      await new Promise(resolve => setTimeout(resolve, 0))
      slice = performance.now()
    }
    return schema.nodeFromJSON(JSON.parse(json))
  }
  const base = await nodeOf(parts.base)
  const current = await nodeOf(parts.current)
  const versions = []
  for (const version of parts.versions) versions.push({ ...version, doc: await nodeOf(version.doc) })
  return freezeFile({ meta: parts.meta, base, baseVersion: parts.baseVersion, baseDeleted: parts.baseDeleted, baseAccepted: parts.baseAccepted, versions, current, comments: parts.comments })
}
