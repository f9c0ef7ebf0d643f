import type { Locator, Page } from 'playwright-core'

/// The comparison dialog.
export const compareDialog = (page: Page) => page.getByRole('dialog', { name: 'Comparison' })

/// The document of one side of a side-by-side comparison (0 the left, the earlier text),
/// or of the only side of an inline one (0).
export const compareSide = (page: Page, n: number) => compareDialog(page).locator('.ph-compare-pane').nth(n).locator('.ph-document')

/// Whether an element of the comparison shows whole in its scrolled area.
export const inCompareView = (element: Locator) => element.evaluate(e => {
  const box = e.getBoundingClientRect(), pane = document.querySelector('.ph-compare-scroll')!.getBoundingClientRect()
  return box.top >= pane.top - 1 && box.bottom <= pane.bottom + 1
})
