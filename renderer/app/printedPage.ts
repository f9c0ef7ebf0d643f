import { useEffect } from 'react'
import type { PrintedPage } from './PageSetup'

/// Keep the drafter's page on the root element while the document is shown, as
/// `data-print-layout` and `data-print-paper`, which print.css reads: whatever prints the
/// page (the browser's Print, the desktop menu's Print or PDF) prints it in that layout
/// and on that paper. Only print media look at them, so the screen is unchanged.
export function usePrintedPage({ layout, paper }: PrintedPage): void {
  useEffect(() => {
    const root = document.documentElement
    root.dataset.printLayout = layout
    root.dataset.printPaper = paper
    return () => {
      delete root.dataset.printLayout
      delete root.dataset.printPaper
    }
  }, [layout, paper])
}
