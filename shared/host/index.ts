export type { HostApi, HostResult, HostCapabilities, HostSettings, FileRef, OpenedFile, RecentFile, DraftSnapshot, RecoveryEntry } from './hostApi'
export { editorCommands, type EditorCommand, type ShellEvent, type ShellEventSource } from './shellEvents'
export { defaultHostSettings } from './hostApi'
