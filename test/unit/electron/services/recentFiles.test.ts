import { beforeEach, describe, expect, it } from 'vitest'
import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import { RecentFiles, normalizeDocumentPath, corruptPath, type FileProblem, type RecentFilesOptions } from '../../../../electron/services'
import { faultyDisk } from './fixtures/disks'
import { useTempFolder } from '../../../support/tempFolder'

let userData: string
let drafts: string
let problems: FileProblem[]
const tempFolder = useTempFolder()
beforeEach(async () => {
  userData = tempFolder()
  drafts = join(userData, 'drafts')
  await fs.mkdir(drafts)
  problems = []
})

function recent(options: Partial<RecentFilesOptions> = {}): RecentFiles {
  return new RecentFiles({ userData, onProblem: p => { problems.push(p) }, ...options })
}

/// Real document files in the drafts folder.
async function documents(...names: string[]): Promise<string[]> {
  const paths = names.map(name => join(drafts, `${name}.penholder.json`))
  for (const path of paths) await fs.writeFile(path, '{}')
  return paths
}

describe('normalizeDocumentPath', () => {
  it.each<[string, NodeJS.Platform, string]>([
    ['/home/ana/drafts/../drafts/2388.penholder.json', 'linux', '/home/ana/drafts/2388.penholder.json'],
    ['/home/ana//drafts/./2388.penholder.json', 'darwin', '/home/ana/drafts/2388.penholder.json'],
    ['C:\\Users\\Ana\\Drafts\\..\\Drafts\\2388.penholder.json', 'win32', 'C:\\Users\\Ana\\Drafts\\2388.penholder.json'],
    ['C:/Users/Ana/Drafts/2388.penholder.json', 'win32', 'C:\\Users\\Ana\\Drafts\\2388.penholder.json'],
    ['\\\\mission-share\\drafts\\2388.penholder.json', 'win32', '\\\\mission-share\\drafts\\2388.penholder.json']
  ])('%s on %s is %s', (path, platform, listed) => {
    expect(normalizeDocumentPath(path, platform)).toBe(listed)
  })
})

describe('RecentFiles', () => {
  it('lists the latest opened first and remembers it across runs', async () => {
    const [a, b, c] = await documents('2388', '2331', '2467')
    const list = recent()
    for (const path of [a, b, c, a]) await list.add(path)
    expect(await recent().list()).toEqual([a, c, b])
    expect(problems).toEqual([])
  })

  it.each<[NodeJS.Platform, string[], string[]]>([
    ['linux', ['/drafts/2388.penholder.json', '/drafts/./2388.penholder.json', '/drafts/X/../2388.penholder.json'], ['/drafts/2388.penholder.json']],
    ['linux', ['/drafts/2388.penholder.json', '/Drafts/2388.penholder.json'], ['/Drafts/2388.penholder.json', '/drafts/2388.penholder.json']],
    ['darwin', ['/Users/ana/Drafts/2388.penholder.json', '/Users/ana/drafts/2388.PENHOLDER.json'], ['/Users/ana/drafts/2388.PENHOLDER.json']],
    ['win32', ['C:\\Drafts\\2388.penholder.json', 'c:/drafts/2388.penholder.json'], ['c:\\drafts\\2388.penholder.json']]
  ])('on %s, adding %j lists %j', async (platform, added, listed) => {
    const list = recent({ platform })
    for (const path of added) await list.add(path)
    const stored = JSON.parse(await fs.readFile(list.file, 'utf8'))
    expect(stored).toEqual({ files: listed })
  })

  it('keeps only the most recent ten', async () => {
    const paths = await documents(...Array.from({ length: 12 }, (_, i) => `S-RES-${2380 + i}`))
    const list = recent()
    for (const path of paths) await list.add(path)
    expect(await list.list()).toEqual(paths.slice(2).reverse())
  })

  it('loses no document when several are opened at once', async () => {
    const paths = await documents('2388', '2331', '2467', '2482', '2545')
    const list = recent()
    await Promise.all(paths.map(path => list.add(path)))
    expect([...await list.list()].sort()).toEqual([...paths].sort())
  })

  it('drops documents that were deleted, moved or replaced by a folder, and stores the shorter list', async () => {
    const [a, b, c, d] = await documents('2388', '2331', '2467', '2482')
    const list = recent()
    for (const path of [a, b, c, d]) await list.add(path)
    await fs.rm(b)
    await fs.rename(c, join(userData, 'moved.penholder.json'))
    await fs.rm(d)
    await fs.mkdir(d)
    expect(await list.list()).toEqual([a])
    expect(JSON.parse(await fs.readFile(list.file, 'utf8'))).toEqual({ files: [a] })
  })

  it('keeps a document it cannot check', async () => {
    const [a] = await documents('2388')
    await recent().add(a)
    const list = recent({ disk: faultyDisk([], { step: 'stat', code: 'EACCES', path: p => p === a }) })
    expect(await list.list()).toEqual([a])
  })

  it('removes one document, or all', async () => {
    const [a, b] = await documents('2388', '2331')
    const list = recent()
    await list.add(a)
    await list.add(b)
    await list.remove(join(drafts, '..', 'drafts', '2388.penholder.json'))
    expect(await list.list()).toEqual([b])
    await list.clear()
    expect(await list.list()).toEqual([])
  })

  it.each([
    ['cut short', '{\n  "files": [\n    "/drafts/2388.penholder.json"', ', line 3: the file is damaged: it is not valid JSON'],
    ['with two paths run together', '{\n  "files": [\n    "/drafts/2388.penholder.json"\n    "/drafts/2331.penholder.json"\n  ]\n}', ', line 4: the file is damaged'],
    ['empty', '', 'not valid JSON'],
    ['of another shape', '{\n  "files": "/drafts/2388.penholder.json"\n}\n', 'unexpected content at “files”']
  ])('starts empty from a stored list %s, keeping the old file aside', async (_, text, words) => {
    const [a] = await documents('2388')
    const list = recent()
    await fs.writeFile(list.file, text)
    expect(await list.list()).toEqual([])
    expect(await fs.readFile(corruptPath(list.file), 'utf8')).toBe(text)
    expect(problems.map(p => p.kind)).toEqual(['damaged'])
    expect(problems[0].message).toContain(words)
    expect(problems[0].message).toContain('recent-files.json.corrupt')
    await list.add(a)
    expect(await recent().list()).toEqual([a])
  })
})
