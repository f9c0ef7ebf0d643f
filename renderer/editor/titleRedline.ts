import { Plugin, PluginKey, type EditorState } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import { trackedDiff } from '../../shared/amend'
import { redlineShown } from './redline'

/// The title as tabled, while the redline shows and the document's title differs from it
/// (shared/amend/titles.ts: a change of title is an amendment). The heading is a form, not
/// text, so this is a node decoration on it carrying the tabled title in its spec: the
/// heading view marks its title field changed and sets the tabled title out struck
/// through under it. Null when there is nothing to show.
export interface TabledTitle {
  readonly tabledTitle: string
}

const titleRedlineKey = new PluginKey<DecorationSet>('titleRedline')

const sameWords = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim()

function titleDecorations(state: EditorState): DecorationSet {
  const heading = state.doc.firstChild!
  const tabled = String(trackedDiff(state).base.firstChild!.attrs.title ?? '')
  if (!redlineShown(state) || sameWords(tabled, String(heading.attrs.title ?? ''))) return DecorationSet.empty
  const spec: TabledTitle = { tabledTitle: tabled }
  return DecorationSet.create(state.doc, [Decoration.node(0, heading.nodeSize, {}, spec)])
}

/// The title's redline (see `TabledTitle`). It must come after the amendment tracking and
/// the redline. A transaction that leaves the heading, the base and the redline's switch as
/// they were keeps the set as it was, mapped: typing in the text costs a comparison of
/// three values.
export function titleRedline(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: titleRedlineKey,
    state: {
      init: (_config, state) => titleDecorations(state),
      apply(tr, set, old, state) {
        const same = old.doc.firstChild === state.doc.firstChild && trackedDiff(old).base === trackedDiff(state).base && redlineShown(old) === redlineShown(state)
        return same ? set.map(tr.mapping, tr.doc) : titleDecorations(state)
      }
    },
    props: { decorations: state => titleRedlineKey.getState(state) }
  })
}

/// The tabled title a heading's decorations carry, if any.
export function tabledTitleOf(decorations: readonly Decoration[]): string | null {
  for (const d of decorations) if (typeof (d.spec as Partial<TabledTitle>).tabledTitle === 'string') return d.spec.tabledTitle
  return null
}
