import { describe, expect, it } from 'vitest'
import { hostArguments } from '../../../../electron/ipc/hostArguments'
import { maxDocumentBytes } from '../../../../shared/file'

const file = { id: '/home/ana/draft.penholder.json', name: 'draft.penholder.json' }
const snapshot = { draftId: 'a1_B-2', file, title: 'Draft', content: '{}' }

describe('hostArguments', () => {
  it.each([
    ['openDocument', []],
    ['openRecent', [file]],
    ['saveDocument', [file, '{"format": 2}']],
    ['saveDocumentAs', ['Draft on trafficking.penholder.json', '{}']],
    ['exportFile', ['draft.txt', 'text/plain', 'The Security Council,']],
    ['exportFile', ['draft.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', new Uint8Array([80, 75])]],
    ['recordDraft', [snapshot]],
    ['recordDraft', [{ ...snapshot, file: null }]],
    ['discardDraft', ['a1_B-2']],
    ['saveSettings', [{ author: 'Delegation of France', redline: false, layout: 'official', paper: 'letter' }]],
    ['nextShellEvent', []]
  ] as [keyof typeof hostArguments, unknown[]][])('accepts %s %j', (method, args) => {
    expect(hostArguments[method].safeParse(args).success).toBe(true)
  })

  it.each([
    ['openDocument', ['/etc/passwd'], 'an extra argument'],
    ['openRecent', [{ id: '/a', name: 'a', extra: 1 }], 'an unknown field'],
    ['openRecent', [{ id: '', name: 'a' }], 'an empty path'],
    ['openRecent', [{ id: '/a\0b', name: 'a' }], 'a NUL in a path'],
    ['saveDocument', [file], 'a missing text'],
    ['saveDocument', [file, 42], 'a number for a text'],
    ['saveDocument', [file, 'x'.repeat(maxDocumentBytes + 1)], 'a text beyond the file limit'],
    ['saveDocumentAs', ['../../.bashrc', '{}'], 'a path for a name'],
    ['saveDocumentAs', ['C:\\evil.penholder.json', '{}'], 'a Windows path for a name'],
    ['saveDocumentAs', ['', '{}'], 'an empty name'],
    ['exportFile', ['x.sh', 'application/x-sh', '#!/bin/sh'], 'an export type outside the table'],
    ['exportFile', ['x.txt', 'text/plain', { length: 3 }], 'content that is neither text nor bytes'],
    ['recordDraft', [{ ...snapshot, draftId: '../escape' }], 'a draft id that is a path'],
    ['recordDraft', [{ ...snapshot, content: undefined }], 'a draft without content'],
    ['discardDraft', ['a/b'], 'a draft id with a slash'],
    ['saveSettings', [{ author: 'x', redline: 'yes', layout: 'draft', paper: 'a4' }], 'a string for a flag'],
    ['saveSettings', [{ author: 'x'.repeat(201), redline: true, layout: 'draft', paper: 'a4' }], 'an author name of 201 characters'],
    ['saveSettings', [{ author: 'x', redline: true, layout: 'draft', paper: 'a4', theme: 'dark' }], 'a setting the page may not change'],
    ['saveSettings', [{ author: 'x', redline: true, layout: 'typeset', paper: 'a4' }], 'a layout Word export does not know'],
    ['saveSettings', [{ author: 'x', redline: true, layout: 'draft', paper: 'legal' }], 'a paper Word export does not know'],
    ['saveSettings', [{ author: 'x', redline: true }], 'settings without the page']
  ] as [keyof typeof hostArguments, unknown[], string][])('refuses %s with %s', (method, args) => {
    expect(hostArguments[method].safeParse(args).success).toBe(false)
  })
})
