import { useEffect, useRef, useState } from 'react'
import { TextSelection } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { replaceAll, replaceMatch, type FindOptions } from '../../shared/commands'
import { findKey, setSearch } from '../editor/findHighlight'

/// Find and replace over the text of the resolution. The matches are highlighted in the
/// text as the query is typed; Enter goes to the next, Shift+Enter to the previous.
export function FindBar({ view, onClose }: { view: EditorView, onClose(): void }) {
  const [query, setQuery] = useState('')
  const [replacement, setReplacement] = useState('')
  const [caseSensitive, setCaseSensitive] = useState(false)
  const [wholeWord, setWholeWord] = useState(false)
  const [, setTick] = useState(0)
  const input = useRef<HTMLInputElement>(null)
  const options: FindOptions = { caseSensitive, wholeWord }

  useEffect(() => { input.current?.focus(); input.current?.select() }, [])
  useEffect(() => {
    view.dispatch(setSearch(view.state, query, options, findKey.getState(view.state)?.current ?? 0))
    setTick(t => t + 1)
  }, [query, caseSensitive, wholeWord])
  useEffect(() => () => { if (!view.isDestroyed) view.dispatch(setSearch(view.state, '', {})) }, [view])

  const found = findKey.getState(view.state)!
  const go = (step: number) => {
    if (!found.matches.length) return
    const current = (found.current + step + found.matches.length) % found.matches.length
    const match = found.matches[current]
    const tr = setSearch(view.state, query, options, current)
    tr.setSelection(TextSelection.create(tr.doc, match.from, match.to)).scrollIntoView()
    view.dispatch(tr)
    setTick(t => t + 1)
  }
  const replaceOne = () => {
    const match = found.matches[found.current]
    if (!match) return
    replaceMatch(match, replacement)(view.state, view.dispatch)
    setTick(t => t + 1)
  }
  const replaceEvery = () => {
    replaceAll(query, replacement, options)(view.state, view.dispatch)
    setTick(t => t + 1)
  }

  return (
    <div className="ph-find" role="search">
      <input ref={input} aria-label="Find" placeholder="Find" value={query}
        onChange={e => setQuery(e.target.value)}
        onKeyDown={e => {
          if (e.key === 'Enter') { e.preventDefault(); go(e.shiftKey ? -1 : 1) }
          if (e.key === 'Escape') onClose()
        }} />
      <span className="ph-find-count">{query ? `${found.matches.length ? found.current + 1 : 0} of ${found.matches.length}` : ''}</span>
      <button type="button" onClick={() => go(-1)} aria-label="Previous match">↑</button>
      <button type="button" onClick={() => go(1)} aria-label="Next match">↓</button>
      <label><input type="checkbox" checked={caseSensitive} onChange={e => setCaseSensitive(e.target.checked)} /> Match case</label>
      <label><input type="checkbox" checked={wholeWord} onChange={e => setWholeWord(e.target.checked)} /> Whole words</label>
      <input aria-label="Replace with" placeholder="Replace with" value={replacement} onChange={e => setReplacement(e.target.value)}
        onKeyDown={e => { if (e.key === 'Escape') onClose() }} />
      <button type="button" onClick={replaceOne} disabled={!found.matches.length}>Replace</button>
      <button type="button" onClick={replaceEvery} disabled={!found.matches.length}>Replace all</button>
      <button type="button" onClick={onClose} aria-label="Close find">×</button>
    </div>
  )
}
