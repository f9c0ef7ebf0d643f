import { describe, expect, it } from 'vitest'
import { argvFile } from '../../../../electron/services'

describe('argvFile', () => {
  it.each<[string, string[], string, NodeJS.Platform, string | null]>([
    ['a double-clicked document on Windows', ['C:\\Program Files\\Penholder\\Penholder.exe', 'D:\\Drafts\\2388.penholder'], 'C:\\Users\\Ana', 'win32', 'D:\\Drafts\\2388.penholder'],
    ['a document opened from Finder', ['/Applications/Penholder.app/Contents/MacOS/Penholder', '/Users/ana/2388.PENHOLDER'], '/', 'darwin', '/Users/ana/2388.PENHOLDER'],
    ['a folder named like a document ending', ['/opt/Penholder/penholder', '/srv/.penholder'], '/', 'linux', null],
    ['a double-clicked document on Linux', ['/opt/Penholder/penholder', '/home/ana/Drafts/2388.penholder.json'], '/home/ana', 'linux', '/home/ana/Drafts/2388.penholder.json'],
    ['a relative path from a terminal', ['/usr/bin/penholder', 'drafts/../2388.penholder.json'], '/home/ana/work', 'linux', '/home/ana/work/2388.penholder.json'],
    ['a file URL from a desktop entry', ['/opt/Penholder/penholder', 'file:///home/ana/Mission%20drafts/2388.penholder.json'], '/', 'linux', '/home/ana/Mission drafts/2388.penholder.json'],
    ['Chromium switches around the document', ['/opt/Penholder/penholder', '--no-sandbox', '/srv/2388.penholder.json', '--original-process-start-time=13372037400000000'], '/', 'linux', '/srv/2388.penholder.json'],
    ['a switch whose value looks like a document', ['/opt/Penholder/penholder', '--user-data-dir=/tmp/x.penholder.json'], '/', 'linux', null],
    ['the development launch, electron .', ['/work/node_modules/electron/dist/electron', '.', 'fixtures/2388.penholder.json'], '/work', 'linux', '/work/fixtures/2388.penholder.json'],
    ['a second launch without a document', ['/opt/Penholder/penholder'], '/home/ana', 'linux', null],
    ['a text file, which is imported through the menu instead', ['/opt/Penholder/penholder', '/home/ana/press-release.txt'], '/home/ana', 'linux', null],
    ['the macOS process serial number', ['/Applications/Penholder.app/Contents/MacOS/Penholder', '-psn_0_1234567', '/Users/ana/2388.penholder.json'], '/', 'darwin', '/Users/ana/2388.penholder.json'],
    ['a document with an upper-case extension on Windows', ['C:\\Program Files\\Penholder\\Penholder.exe', 'D:\\Drafts\\S-RES-2388.PENHOLDER.JSON'], 'C:\\Users\\Ana', 'win32', 'D:\\Drafts\\S-RES-2388.PENHOLDER.JSON'],
    ['a relative path on Windows', ['C:\\Program Files\\Penholder\\Penholder.exe', 'Drafts\\2388.penholder.json'], 'C:\\Users\\Ana', 'win32', 'C:\\Users\\Ana\\Drafts\\2388.penholder.json'],
    ['a document on a network share', ['C:\\Program Files\\Penholder\\Penholder.exe', '\\\\mission\\drafts\\2388.penholder.json'], 'C:\\Users\\Ana', 'win32', '\\\\mission\\drafts\\2388.penholder.json'],
    ['the executable itself, were it named like a document', ['/tmp/odd.penholder.json'], '/', 'linux', null]
  ])('%s', (_, argv, cwd, platform, file) => {
    expect(argvFile(argv, cwd, platform)).toBe(file)
  })
})
