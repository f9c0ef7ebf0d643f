import { useEffect, useRef } from 'react'
import { addCommentKey } from '../comments/CommentMargin'

/// Every key the editor answers, as the help sheet lists them; `Ctrl` is `⌘` on a Mac.
/// The keys themselves are bound in renderer/editor/keymap.ts (the text) and in the
/// workspace (the commands that work from anywhere).
export const shortcuts: ReadonlyArray<{ readonly group: string, readonly keys: ReadonlyArray<readonly [string, string]> }> = [
  {
    group: 'Anywhere',
    keys: [
      ['Ctrl+S', 'Save'],
      ['Ctrl+Shift+S', 'Save as'],
      ['Ctrl+F', 'Find and replace'],
      ['Ctrl+Z', 'Undo'],
      ['Ctrl+Y or Ctrl+Shift+Z', 'Redo'],
      ['Ctrl+/ (F1 in the desktop app)', 'This list of keys'],
      ['Tab, Shift+Tab', 'Next or previous control']
    ]
  },
  {
    group: 'In the text',
    keys: [
      ['Tab', 'At the start of a paragraph, or with whole paragraphs selected: make it a subparagraph (one level down); elsewhere: leave the text for the next control'],
      ['Shift+Tab', 'At the start of a paragraph, or with whole paragraphs selected: one level up'],
      ['Enter', 'New paragraph'],
      ['Alt+↑, Alt+↓', 'Move the paragraph up or down'],
      ['Ctrl+Shift+K', 'Turn a PP into an OP and back'],
      ['Ctrl+I', 'Italic'],
      [addCommentKey.label, 'Comment on the selected words, or on the paragraph of the caret (in the margin: Ctrl+Enter adds it, Escape drops it)'],
      ['Backspace, Delete', 'With whole paragraphs selected: delete them'],
      ['Escape', 'Close Find if it is open; else leave the text for the panel beside it']
    ]
  },
  {
    group: 'Find',
    keys: [
      ['Enter, Shift+Enter', 'Next or previous match'],
      ['Escape', 'Close Find and return to the text']
    ]
  },
  {
    group: 'Comparing two versions',
    keys: [
      ['N or J, P or K', 'Next or previous change'],
      ['Escape', 'Close the comparison']
    ]
  }
]

/// The help sheet: every shortcut, in a modal dialog that Escape closes, giving the focus
/// back where it was.
export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const back = document.activeElement as HTMLElement | null
    dialog.current?.showModal()
    return () => back?.focus()
  }, [])
  return (
    <dialog ref={dialog} className="ph-help" aria-labelledby="ph-help-title" onClose={onClose} onCancel={e => { e.preventDefault(); onClose() }}>
      <header>
        <h2 id="ph-help-title">Keyboard shortcuts</h2>
        <button type="button" onClick={onClose} autoFocus>Close</button>
      </header>
      {shortcuts.map(({ group, keys }) => (
        <section key={group} aria-label={group}>
          <h3>{group}</h3>
          <dl>
            {keys.map(([key, action]) => (
              <div key={key + action}><dt><kbd>{key}</kbd></dt><dd>{action}</dd></div>
            ))}
          </dl>
        </section>
      ))}
    </dialog>
  )
}
