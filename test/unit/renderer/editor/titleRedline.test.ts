import { describe, expect, it } from 'vitest'
import type { EditorState } from 'prosemirror-state'
import { DecorationSet } from 'prosemirror-view'
import { buildResolution, readResolution } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'
import { createEditorState } from '../../../../renderer/editor/editorState'
import { setRedline } from '../../../../renderer/editor/redline'
import { tabledTitleOf } from '../../../../renderer/editor/titleRedline'

const titled = (title: string) => { const draft = readResolution(template2388()); return buildResolution({ ...draft, meta: { ...draft.meta, title } }) }
const tabled = titled('Maintenance of international peace and security')

/// The tabled title the heading's decorations carry in `state`.
function shown(state: EditorState): string | null {
  const heading = state.doc.firstChild!
  const decorations = state.plugins.flatMap(p => {
    const source = p.props.decorations?.call(p, state)
    return source instanceof DecorationSet ? source.find(0, heading.nodeSize) : []
  })
  return tabledTitleOf(decorations)
}

/// The title typed into the heading, as the heading view commits it.
const retyped = (state: EditorState, title: string) => state.apply(state.tr.setNodeAttribute(0, 'title', title))

describe('titleRedline', () => {
  it.each([
    ['the title as tabled', 'Maintenance of international peace and security', null],
    ['a space more', 'Maintenance of international peace and security ', null],
    ['a word changed', 'Maintenance of international peace and stability', 'Maintenance of international peace and security'],
    ['no title', '', 'Maintenance of international peace and security']
  ])('with %s, shows %s as tabled', (_name, title, expected) => {
    expect(shown(retyped(createEditorState(tabled, tabled), title))).toBe(expected)
  })

  it('shows a title given to a text tabled without one, and nothing in the clean view', () => {
    const state = retyped(createEditorState(template2388(), template2388()), 'Trafficking in persons in armed conflict')
    expect(shown(state)).toBe('')
    expect(shown(state.apply(setRedline(state, false)))).toBeNull()
  })

  it('still shows the tabled title after typing in the text, which leaves the heading and the base alone', () => {
    const state = retyped(createEditorState(tabled, tabled), 'Another title')
    const typed = state.apply(state.tr.insertText('x', state.doc.content.size - 3))
    expect(shown(typed)).toBe('Maintenance of international peace and security')
  })
})
