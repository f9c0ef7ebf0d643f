import { useEffect, useState } from 'react'

/// Which side panels are open: the outline (left) and the amendments and versions
/// (right).
export interface PanelLayout {
  readonly outline: boolean
  readonly side: boolean
}

/// Below this width (CSS pixels, so 150 % zoom of a 1024-pixel window counts 683) the
/// panels lie over the paper instead of beside it, and start closed: the text column
/// keeps at least 480 px.
export const narrowWidth = 1000

const narrowQuery = `(max-width: ${narrowWidth - 1}px)`
const storageKey = (narrow: boolean) => `penholder.panels.${narrow ? 'narrow' : 'wide'}`
/// Panels open where they fit beside a full text column: the outline from 1280 px, the
/// amendments from 1000 px.
const defaults = (narrow: boolean): PanelLayout => ({ outline: !narrow && innerWidth >= 1280, side: !narrow })

function stored(narrow: boolean): PanelLayout {
  try {
    const value = JSON.parse(localStorage.getItem(storageKey(narrow)) ?? 'null') as Partial<PanelLayout> | null
    if (value && typeof value.outline === 'boolean' && typeof value.side === 'boolean') return { outline: value.outline, side: value.side }
  } catch {
    // A damaged entry gives the defaults.
  }
  return defaults(narrow)
}

/// The panels' layout, remembered apart for wide and narrow windows (a drafter who
/// closes the outline on a laptop keeps it on the office screen), and following the
/// window as it is resized.
export function usePanelLayout(): [PanelLayout, (layout: PanelLayout) => void] {
  const [narrow, setNarrow] = useState(() => matchMedia(narrowQuery).matches)
  const [layout, setLayout] = useState(() => stored(narrow))
  useEffect(() => {
    const query = matchMedia(narrowQuery)
    const follow = () => { setNarrow(query.matches); setLayout(stored(query.matches)) }
    query.addEventListener('change', follow)
    return () => query.removeEventListener('change', follow)
  }, [])
  const remember = (next: PanelLayout) => {
    setLayout(next)
    try { localStorage.setItem(storageKey(narrow), JSON.stringify(next)) } catch { /* not remembered, still applied */ }
  }
  return [layout, remember]
}

const darkPaperKey = 'penholder.paper'

/// Whether the drafter asked for a dark page (the paper otherwise stays white in dark
/// mode), remembered across sessions.
export function useDarkPaper(): [boolean, (dark: boolean) => void] {
  const [dark, setDark] = useState(() => {
    try { return localStorage.getItem(darkPaperKey) === 'dark' } catch { return false }
  })
  const remember = (next: boolean) => {
    setDark(next)
    try { localStorage.setItem(darkPaperKey, next ? 'dark' : 'white') } catch { /* not remembered, still applied */ }
  }
  return [dark, remember]
}
