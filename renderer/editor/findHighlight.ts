import { Plugin, PluginKey, type EditorState } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import { findMatches, type FindOptions, type Match } from '../../shared/commands'

export interface FindState {
  readonly query: string
  readonly options: FindOptions
  readonly matches: readonly Match[]
  /// Index of the match the drafter is on.
  readonly current: number
  readonly set: DecorationSet
}

export const findKey = new PluginKey<FindState>('find')

const closed: FindState = { query: '', options: {}, matches: [], current: 0, set: DecorationSet.empty }

function search(state: EditorState, query: string, options: FindOptions, current: number): FindState {
  const matches = findMatches(state.doc, query, options)
  const at = matches.length ? Math.min(Math.max(current, 0), matches.length - 1) : 0
  const set = DecorationSet.create(state.doc, matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === at ? 'ph-match ph-match-current' : 'ph-match' })))
  return { query, options, matches, current: at, set }
}

/// The search of the find bar: its matches, highlighted, kept up to date as the text
/// changes. Costs nothing while the find bar is closed (empty query).
export function findHighlight(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: () => closed,
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(findKey) as { query: string, options: FindOptions, current: number } | undefined
        if (meta) return meta.query ? search(state, meta.query, meta.options, meta.current) : closed
        if (!value.query || !tr.docChanged) return value
        return search(state, value.query, value.options, value.current)
      }
    },
    props: { decorations: state => findKey.getState(state)!.set }
  })
}

/// The transaction that sets the search.
export function setSearch(state: EditorState, query: string, options: FindOptions, current = 0) {
  return state.tr.setMeta(findKey, { query, options, current })
}
