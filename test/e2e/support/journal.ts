import type { Page } from 'playwright-core'

/// Wait until the recovery journal in IndexedDB holds a draft containing `text` (read
/// afresh every 100 ms, up to the test's own timeout).
export async function waitForJournal(page: Page, text: string): Promise<void> {
  await page.waitForFunction(text => new Promise<boolean>(resolve => {
    const open = indexedDB.open('penholder')
    open.onsuccess = () => {
      const request = open.result.transaction('drafts').objectStore('drafts').getAll()
      request.onsuccess = () => { open.result.close(); resolve(request.result.some((d: { content: string }) => d.content.includes(text))) }
      request.onerror = () => { open.result.close(); resolve(false) }
    }
    open.onerror = () => resolve(false)
  }), text, { polling: 100, timeout: 30_000 })
}
