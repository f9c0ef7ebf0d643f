import { describe, expect, it } from 'vitest'
import { droppedDocuments } from '../../../../electron/shell/droppedFiles'

describe('droppedDocuments', () => {
  it.each([
    ['a document', ['/d/2388.penholder'], ['/d/2388.penholder'], null],
    ['documents of both endings, any case', ['/d/a.penholder.json', 'C:\\D\\B.PENHOLDER'], ['/d/a.penholder.json', 'C:\\D\\B.PENHOLDER'], null],
    ['a text file beside a document', ['/d/a.penholder', '/d/press release.txt'], ['/d/a.penholder'],
      'Penholder did not open “press release.txt”: it opens Penholder documents (.penholder, .penholder.json) and Word files (.docx); for the text of a resolution, use File ▸ Import Text.'],
    ['five other files', ['/d/1.pdf', '/d/2.pdf', '/d/3.pdf', '/d/4.pdf', '/d/5.doc', '/d/6.docx'], ['/d/6.docx'],
      'Penholder did not open “1.pdf”, “2.pdf”, “3.pdf” and 2 more: it opens Penholder documents (.penholder, .penholder.json) and Word files (.docx); for the text of a resolution, use File ▸ Import Text.'],
    ['a plain JSON file', ['/d/data.json'], [], expect.stringMatching(/^Penholder did not open “data\.json”: /)]
  ])('%s', (_case, paths, documents, problem) => {
    expect(droppedDocuments(paths)).toEqual({ documents, problem })
  })
})
