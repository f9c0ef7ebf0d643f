import { Plugin, PluginKey, type Transaction } from 'prosemirror-state'
import { isInlineStep } from './inlineStep'
import type { Node } from 'prosemirror-model'
import { paragraphKind } from './schema'

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz'

/// A fresh paragraph id: ten base-36 characters from the platform's secure random source
/// (Web Crypto, present in browsers, Electron and Node alike), so ids made on two
/// machines drafting the same text do not collide.
export function newPid(): string {
  const bytes = new Uint8Array(10)
  globalThis.crypto.getRandomValues(bytes)
  let id = ''
  for (const b of bytes) id += alphabet[b % 36]
  return id
}

/// Give every paragraph a unique id. Paragraphs without one get a fresh id; where two
/// share one (a split, a paste of copied paragraphs), the one with more text keeps it,
/// the first of equals otherwise, and the others get fresh ids.
export function assignParagraphIds(doc: Node, tr: Transaction): Transaction {
  const seen = new Map<string, { pos: number, size: number }>()
  const renew: number[] = []
  doc.descendants((node, pos) => {
    const kind = paragraphKind(node)
    if (!kind) return node.isBlock && !node.isTextblock
    const pid = node.attrs.pid as string | null
    if (!pid) { renew.push(pos); return false }
    const prior = seen.get(pid)
    if (!prior) seen.set(pid, { pos, size: node.content.size })
    else if (node.content.size > prior.size) { renew.push(prior.pos); seen.set(pid, { pos, size: node.content.size }) }
    else renew.push(pos)
    return false
  })
  for (const pos of renew) tr.setNodeAttribute(pos, 'pid', newPid())
  return tr
}

export const paragraphIdsKey = new PluginKey('paragraphIds')

/// The plugin that keeps `assignParagraphIds` true after every change, for any editor
/// (the app's, a test's, a headless co-drafting peer's).
export function paragraphIds(): Plugin {
  return new Plugin({
    key: paragraphIdsKey,
    appendTransaction(trs, _old, state) {
      // Typing cannot create, split or duplicate a paragraph: skip the document walk then.
      if (!trs.some(tr => tr.docChanged && !tr.steps.every((step, i) => isInlineStep(step, tr.docs[i])))) return null
      const tr = assignParagraphIds(state.doc, state.tr)
      return tr.docChanged ? tr : null
    }
  })
}
