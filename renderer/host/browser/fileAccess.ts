/// The File System Access API where the browser has it (Chromium-based browsers):
/// open and save in place. Typed here because TypeScript's DOM library leaves the picker
/// functions out.

export interface FileHandle {
  readonly kind: 'file'
  readonly name: string
  getFile(): Promise<File>
  createWritable(): Promise<{ write(data: string | Blob): Promise<void>, close(): Promise<void> }>
  queryPermission?(options: { mode: 'read' | 'readwrite' }): Promise<PermissionState>
  requestPermission?(options: { mode: 'read' | 'readwrite' }): Promise<PermissionState>
}

export type FileTypes = Array<{ description: string, accept: Record<string, string[]> }>

interface PickerOptions {
  types?: FileTypes
  suggestedName?: string
  excludeAcceptAllOption?: boolean
}

interface FileAccessWindow {
  showOpenFilePicker?(options?: PickerOptions): Promise<FileHandle[]>
  showSaveFilePicker?(options?: PickerOptions): Promise<FileHandle>
}

export const documentTypes: FileTypes = [{ description: 'Penholder document', accept: { 'application/json': ['.penholder', '.json'] } }]

/// What File ▸ Open offers: Penholder documents, and Word files, which open as new documents.
export const openTypes: FileTypes = [
  { description: 'Penholder document or Word file', accept: { 'application/json': ['.penholder', '.json'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] } }
]

function pickers(): FileAccessWindow {
  return globalThis as unknown as FileAccessWindow
}

/// Whether this browser can open and save files in place.
export function hasFileAccess(): boolean {
  const w = pickers()
  return typeof w.showOpenFilePicker === 'function' && typeof w.showSaveFilePicker === 'function'
}

export async function pickFileToOpen(): Promise<FileHandle> {
  const [handle] = await pickers().showOpenFilePicker!({ types: openTypes })
  return handle
}

export async function pickFileToSave(suggestedName: string, types: FileTypes = documentTypes): Promise<FileHandle> {
  return pickers().showSaveFilePicker!({ suggestedName, types })
}

/// Ask again for access to a remembered handle; browsers forget grants across sessions.
export async function ensurePermission(handle: FileHandle, mode: 'read' | 'readwrite'): Promise<boolean> {
  if (!handle.queryPermission || !handle.requestPermission) return true
  if (await handle.queryPermission({ mode }) === 'granted') return true
  return await handle.requestPermission({ mode }) === 'granted'
}

export async function writeHandle(handle: FileHandle, data: string | Blob): Promise<void> {
  const writable = await handle.createWritable()
  await writable.write(data)
  await writable.close()
}

/// Whether an error is the user closing a picker.
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError'
}
