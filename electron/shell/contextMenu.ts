import type { MenuEntry } from './applicationMenu'

/// What the context menu depends on: the part of Electron's `ContextMenuParams` it reads.
export interface ContextMenuFacts {
  readonly isEditable: boolean
  readonly selectionText: string
  readonly misspelledWord: string
  readonly dictionarySuggestions: readonly string[]
  readonly editFlags: {
    readonly canCut: boolean
    readonly canCopy: boolean
    readonly canPaste: boolean
    readonly canSelectAll: boolean
  }
}

/// The right-click menu: for a misspelt word the spell checker's suggestions and
/// “Add to Dictionary” first, then the clipboard commands that apply where the click was.
/// Empty when nothing applies (a click on a button), so no empty menu pops up.
export function contextMenuEntries(facts: ContextMenuFacts): MenuEntry[] {
  const spelling: MenuEntry[] = []
  if (facts.isEditable && facts.misspelledWord) {
    const suggestions = facts.dictionarySuggestions.slice(0, 6)
    spelling.push(...suggestions.map(word => ({ label: word, action: { kind: 'replace-misspelling', word } } as const)))
    if (!suggestions.length) spelling.push({ label: 'No Spelling Suggestions', enabled: false })
    spelling.push({ type: 'separator' }, { label: 'Add to Dictionary', action: { kind: 'learn-word', word: facts.misspelledWord } })
  }
  const editing: MenuEntry[] = facts.isEditable
    ? [
        { role: 'cut', enabled: facts.editFlags.canCut },
        { role: 'copy', enabled: facts.editFlags.canCopy },
        { role: 'paste', enabled: facts.editFlags.canPaste },
        { type: 'separator' },
        { role: 'selectAll', enabled: facts.editFlags.canSelectAll }
      ]
    : facts.selectionText.trim()
      ? [{ role: 'copy', enabled: facts.editFlags.canCopy }]
      : []
  return spelling.length && editing.length ? [...spelling, { type: 'separator' }, ...editing] : [...spelling, ...editing]
}
