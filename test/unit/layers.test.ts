import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, dirname } from 'node:path'
import { describe, expect, it } from 'vitest'

/// The import table of architecture.md, enforced: a wrong import fails CI.
const root = resolve(dirname(new URL(import.meta.url).pathname), '../..')
const layers = ['shared', 'renderer', 'electron', 'cli'] as const
type Layer = typeof layers[number]

/// What each layer may import of ours.
const allowed: Record<Layer, string[]> = {
  shared: ['shared'],
  renderer: ['shared', 'renderer'],
  electron: ['shared', 'electron'],
  cli: ['shared', 'electron/services', 'cli']
}

/// Packages a layer may not import: shared/ runs in Node, browsers and Electron alike.
const forbiddenPackages: Record<Layer, RegExp> = {
  shared: /^(node:|fs$|path$|os$|child_process$|crypto$|electron$|react($|-dom|\/)|prosemirror-view$)/,
  renderer: /^(node:|fs$|path$|os$|child_process$|electron$)/,
  electron: /^(react($|-dom|\/)|prosemirror-view$)/,
  cli: /^(electron$|react($|-dom|\/)|prosemirror-view$)/
}

const domGlobals = /(^|[^.\w])(window|document|navigator|localStorage|sessionStorage|indexedDB)\s*\./m

function layerOf(file: string): Layer | null {
  return layers.find(l => file.startsWith(l + '/')) ?? null
}

/// The problems of one source file, as `file: imports x`.
export function violations(file: string, source: string): string[] {
  const layer = layerOf(file)
  if (!layer) return []
  const found: string[] = []
  const specifiers = [...source.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(m => m[1] ?? m[2])
  for (const spec of specifiers) {
    if (spec.startsWith('.')) {
      const target = relative(root, resolve(root, dirname(file), spec))
      const ok = allowed[layer].some(prefix => target === prefix || target.startsWith(prefix + '/'))
      if (!ok) found.push(`${file}: imports ${spec} (${layer}/ may import ${allowed[layer].join(', ')})`)
    } else if (forbiddenPackages[layer].test(spec)) {
      found.push(`${file}: imports ${spec}, which ${layer}/ must not use`)
    }
  }
  const code = source.replace(/\/\/.*$/gm, '')
  if (layer === 'shared' && domGlobals.test(code)) found.push(`${file}: uses a DOM global`)
  return found
}

function sources(dir: string): string[] {
  let files: string[] = []
  for (const entry of readdirSync(join(root, dir))) {
    const path = join(dir, entry)
    if (entry === 'node_modules') continue
    if (statSync(join(root, path)).isDirectory()) files = files.concat(sources(path))
    else if (/\.(ts|tsx|mts)$/.test(entry) && !entry.endsWith('.d.ts')) files.push(path)
  }
  return files
}

describe('layers', () => {
  it.each([
    ['shared/import/x.ts', "import { readFileSync } from 'node:fs'"],
    ['shared/import/x.ts', "import type { EditorView } from 'prosemirror-view'"],
    ['shared/import/x.ts', "import React from 'react'"],
    ['shared/import/x.ts', "import { ipcRenderer } from 'electron'"],
    ['shared/import/x.ts', "import { open } from '../../electron/services'"],
    ['shared/import/x.ts', 'const el = document.createElement("p")'],
    ['shared/import/x.ts', 'if (window.matchMedia) {}'],
    ['renderer/app.tsx', "import { ipcRenderer } from 'electron'"],
    ['renderer/app.tsx', "import { saveDocument } from '../electron/services'"],
    ['electron/main.ts', "import { App } from '../renderer/app'"],
    ['cli/main.ts', "import { createWindow } from '../electron/main/window'"]
  ])('refuses %s: %s', (file, source) => {
    expect(violations(file, source)).toHaveLength(1)
  })

  it.each([
    ['shared/import/x.ts', "import { schema } from '../schema'"],
    ['shared/import/x.ts', "import { Plugin } from 'prosemirror-state'\n// the document. is fine in a comment"],
    ['renderer/app.tsx', "import { template2388 } from '../shared/template'"],
    ['cli/main.ts', "import { writeAtomically } from '../electron/services'"]
  ])('accepts %s: %s', (file, source) => {
    expect(violations(file, source)).toEqual([])
  })

  it('hold in the whole tree', () => {
    const files = layers.flatMap(l => { try { return sources(l) } catch { return [] } })
    expect(files.length).toBeGreaterThan(20)
    expect(files.flatMap(f => violations(f, readFileSync(join(root, f), 'utf8')))).toEqual([])
  })
})
