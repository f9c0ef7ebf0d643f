/// The kinds of export the page may ask to write, with what the save dialog offers for
/// each. A type outside this table is refused: the page names what it exports, the main
/// process decides which extension that gets.
export const exportTypes = {
  'text/plain': { name: 'Plain text', extensions: ['txt'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { name: 'Word document', extensions: ['docx'] },
  'application/pdf': { name: 'PDF', extensions: ['pdf'] },
  'application/akn+xml': { name: 'Akoma Ntoso XML', extensions: ['xml'] },
  'text/html': { name: 'Web page', extensions: ['html'] }
} as const satisfies Record<string, { name: string, extensions: readonly string[] }>

export type ExportType = keyof typeof exportTypes
