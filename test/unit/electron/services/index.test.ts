import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import ts from 'typescript'

const folder = fileURLToPath(new URL('../../../../electron/services/', import.meta.url))
const modules = readdirSync(folder).filter(name => name.endsWith('.ts') && name !== 'index.ts')
const source = (name: string) => readFileSync(join(folder, name), 'utf8')
const imports = (text: string) => ts.preProcessFile(text, true, true).importedFiles.map(f => f.fileName)

describe('electron/services', () => {
  it.each(modules)('%s imports only node:*, zod, the shared core and its neighbours — never electron', name => {
    const outside = imports(source(name)).filter(spec =>
      !spec.startsWith('node:') && spec !== 'zod' && !/^\.\/[A-Za-z]+$/.test(spec) && !/^\.\.\/\.\.\/shared(\/[a-z]+)+$/.test(spec))
    expect(outside).toEqual([])
  })

  it('has an index that only re-exports, every module', () => {
    const index = source('index.ts').trim().split('\n')
    expect(index.every(line => /^export \{.*\} from '\.\/[A-Za-z]+'$/.test(line))).toBe(true)
    expect(imports(index.join('\n')).map(spec => `${spec.slice(2)}.ts`).sort()).toEqual([...modules].sort())
  })
})
