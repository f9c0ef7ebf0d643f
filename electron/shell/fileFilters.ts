import { basename } from 'node:path'
import { documentExtensions } from '../services'

/// A file type as a native open or save dialog lists it.
export interface FileFilter {
  readonly name: string
  /// Without the leading dot.
  readonly extensions: readonly string[]
}

/// Penholder documents, the extension new documents get first.
export const documentFilter: FileFilter = Object.freeze({ name: 'Penholder document', extensions: documentExtensions.map(ext => ext.slice(1)) })

/// What File ▸ Open offers: Penholder documents, and Word files, which open as new
/// documents (`docxFile`).
export const openFilter: FileFilter = Object.freeze({ name: 'Penholder document or Word file', extensions: [...documentFilter.extensions, 'docx'] })

/// What File ▸ Import Text offers: the texts `importResolution` reads.
export const importFilter: FileFilter = Object.freeze({ name: 'Resolution text', extensions: ['txt', 'text', 'md'] })

/// The filter as the platform's dialog can apply it. macOS matches a file type by its
/// last extension only, so `penholder.json` is offered there as `json` (a filter it
/// cannot match would grey out every such document).
export function dialogFilter(filter: FileFilter, platform: NodeJS.Platform): FileFilter {
  if (platform !== 'darwin') return filter
  return { name: filter.name, extensions: [...new Set(filter.extensions.map(ext => ext.slice(ext.lastIndexOf('.') + 1)))] }
}

/// `path` ending with one of the filter's extensions. A name typed without one (some
/// desktops' save dialogs do not add it) gets the first; a name ending with only the last
/// part of a two-part extension (the macOS dialog adds `.json` to `draft` when the person
/// picks that type) gets the first extension in its place. Compared without case, so
/// `Draft.TXT` stays as typed.
export function withExtension(path: string, filter: FileFilter): string {
  const name = basename(path).toLowerCase()
  const has = (ext: string) => name.endsWith(`.${ext.toLowerCase()}`) && name.length > ext.length + 1
  if (filter.extensions.some(has)) return path
  const first = filter.extensions[0]
  const partial = filter.extensions.map(ext => ext.slice(ext.lastIndexOf('.') + 1)).find((last, i) => last !== filter.extensions[i] && has(last))
  if (partial !== undefined) return `${path.slice(0, path.length - partial.length - 1)}.${first}`
  return `${path}.${first}`
}

/// A file name made of a window title: without the characters Windows, macOS or Linux
/// refuse in a name, and never empty.
export function fileNameFrom(title: string): string {
  const name = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '')
  return name.slice(0, 120).trim() || 'Untitled'
}
