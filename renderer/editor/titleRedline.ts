import { Plugin, PluginKey, type EditorState } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import { titleChangesOf, trackedDiff } from '../../shared/amend'
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

/// Drawn from the comparison's own title changes (`titleChangesOf`), so the heading marks
/// a change exactly when the amendments list has one.
function titleDecorations(state: EditorState): DecorationSet {
  const change = redlineShown(state) ? titleChangesOf(trackedDiff(state)).find(c => c.annex === 0) : undefined
  if (!change) return DecorationSet.empty
  const spec: TabledTitle = { tabledTitle: change.base.text }
  return DecorationSet.create(state.doc, [Decoration.node(0, state.doc.firstChild!.nodeSize, {}, spec)])
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
