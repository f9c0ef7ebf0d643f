import * as fs from 'node:fs/promises'

/// The few facts about a file the services look at. Node's `Stats` has them all.
export interface DiskStat {
  size: number
  mtimeMs: number
  mode: number
  isFile(): boolean
  isDirectory(): boolean
}

/// An open file, as much of Node's `FileHandle` as a careful write needs.
export interface DiskFile {
  writeFile(data: string | Uint8Array): Promise<void>
  sync(): Promise<void>
  chmod(mode: number): Promise<void>
  stat(): Promise<DiskStat>
  close(): Promise<void>
}

/// Everything the services do to the file system goes through this seam. The app passes
/// `nodeDisk`; tests pass a disk whose one operation fails the way a full disk, a locked
/// file or a read-only folder fails, because those cannot be produced for real in a temp
/// folder when the tests run as root.
export interface Disk {
  open(path: string, flags: string, mode?: number): Promise<DiskFile>
  readFile(path: string): Promise<Uint8Array>
  stat(path: string): Promise<DiskStat>
  realpath(path: string): Promise<string>
  readdir(path: string): Promise<string[]>
  mkdir(path: string): Promise<void>
  rename(from: string, to: string): Promise<void>
  link(existing: string, alias: string): Promise<void>
  copyFile(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
}

export const nodeDisk: Disk = Object.freeze({
  open: (path: string, flags: string, mode?: number) => fs.open(path, flags, mode),
  readFile: (path: string) => fs.readFile(path),
  stat: (path: string) => fs.stat(path),
  realpath: (path: string) => fs.realpath(path),
  readdir: (path: string) => fs.readdir(path),
  mkdir: async (path: string) => { await fs.mkdir(path, { recursive: true }) },
  rename: (from: string, to: string) => fs.rename(from, to),
  link: (existing: string, alias: string) => fs.link(existing, alias),
  copyFile: (from: string, to: string) => fs.copyFile(from, to),
  unlink: (path: string) => fs.unlink(path)
})

/// The error code of a failed system call (`ENOENT`, `ENOSPC`…), if it is one.
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

/// Whether an error says the file (or a folder on its path) is not there.
export function isMissing(error: unknown): boolean {
  const code = errorCode(error)
  return code === 'ENOENT' || code === 'ENOTDIR'
}
