import { describe, expect, it } from 'vitest'
import { contextMenuEntries, type ContextMenuFacts } from '../../../../electron/shell/contextMenu'

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true }
const facts = (overrides: Partial<ContextMenuFacts>): ContextMenuFacts =>
  ({ isEditable: true, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: flags, ...overrides })

/// Each entry in one word: a suggestion's label, a role, `-` for a separator.
const shape = (f: ContextMenuFacts) => contextMenuEntries(f).map(e => e.type === 'separator' ? '-' : e.role ?? e.label)

describe('contextMenuEntries', () => {
  it.each([
    ['a misspelt word', facts({ misspelledWord: 'traffiking', dictionarySuggestions: ['trafficking', 'traffic king'] }),
      ['trafficking', 'traffic king', '-', 'Add to Dictionary', '-', 'cut', 'copy', 'paste', '-', 'selectAll']],
    ['a word without suggestions', facts({ misspelledWord: 'Xqzt' }),
      ['No Spelling Suggestions', '-', 'Add to Dictionary', '-', 'cut', 'copy', 'paste', '-', 'selectAll']],
    ['plain text in the editor', facts({}), ['cut', 'copy', 'paste', '-', 'selectAll']],
    ['a selection outside the editor', facts({ isEditable: false, selectionText: 'Security Council' }), ['copy']],
    ['a click on a button', facts({ isEditable: false }), []]
  ])('%s', (_case, f, expected) => {
    expect(shape(f)).toEqual(expected)
  })

  it('replaces with the suggestion and learns the misspelt word', () => {
    const entries = contextMenuEntries(facts({ misspelledWord: 'resolutoin', dictionarySuggestions: ['resolution'] }))
    expect(entries[0].action).toEqual({ kind: 'replace-misspelling', word: 'resolution' })
    expect(entries.find(e => e.label === 'Add to Dictionary')?.action).toEqual({ kind: 'learn-word', word: 'resolutoin' })
  })

  it('greys out what the page cannot do', () => {
    const entries = contextMenuEntries(facts({ editFlags: { ...flags, canCut: false, canPaste: false } }))
    expect(entries.filter(e => e.enabled === false).map(e => e.role)).toEqual(['cut', 'paste'])
  })
})
