import * as z from 'zod'
import type { HostApi } from '../../shared/host'
import { maxDocumentBytes } from '../../shared/file'
import { hostSettingsSchema } from '../services'
import type { HostMethod } from './channels'
import { exportTypes } from './exportTypes'

/// A path as the main process takes it from the page: not empty, of a length file
/// systems allow, without the NUL that would end it early in a system call.
const filePath = z.string().min(1).max(4096).refine(path => !path.includes('\0'), 'a path has no NUL character')

/// A file as the main process handed it to the page: `id` is its absolute path. Whether
/// the page may use that path is decided by the host (it must be one it gave out); here
/// only its shape.
const fileRef = z.strictObject({
  id: filePath,
  name: z.string().max(1024)
})

const documentText = z.string().max(maxDocumentBytes)

/// A file name the page proposes for a save dialog: a name, not a path. A long one (a
/// resolution's title) is shortened by the host, not refused.
const suggestedName = z.string().min(1).max(1000).refine(name => !/[\\/\0]/.test(name), 'a file name, without folders')

const draftId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'letters, digits, - and _')

const exportContent = z.union([z.string(), z.instanceof(Uint8Array)])
  .refine(content => (typeof content === 'string' ? content.length : content.byteLength) <= maxDocumentBytes, 'too large to export')

/// The arguments of each method, checked in the main process before anything is done
/// with them: the page is the least trusted part of the app (it shows documents that came
/// from anywhere), so nothing it sends is taken on trust.
export const hostArguments = {
  openDocument: z.tuple([]),
  openRecent: z.tuple([fileRef]),
  saveDocument: z.tuple([fileRef, documentText]),
  saveDocumentAs: z.tuple([suggestedName, documentText]),
  exportFile: z.tuple([suggestedName, z.enum(Object.keys(exportTypes) as [keyof typeof exportTypes]), exportContent]),
  recentFiles: z.tuple([]),
  forgetRecent: z.tuple([fileRef]),
  recordDraft: z.tuple([z.strictObject({
    draftId,
    file: fileRef.nullable(),
    title: z.string().max(1000),
    content: documentText
  })]),
  discardDraft: z.tuple([draftId]),
  recoverableDrafts: z.tuple([]),
  loadSettings: z.tuple([]),
  saveSettings: z.tuple([hostSettingsSchema]),
  nextShellEvent: z.tuple([])
} satisfies { [K in HostMethod]: z.ZodType<K extends keyof HostApi ? HostApi[K] extends (...args: infer A) => unknown ? A : never : []> }

/// The paths of files dropped on a window, as the preload read them from the drop
/// (`webUtils.getPathForFile`). Whether each is a document is the shell's to decide.
export const droppedFiles = z.tuple([
  z.array(filePath).min(1).max(1000)
])
