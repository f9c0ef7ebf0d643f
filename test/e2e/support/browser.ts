import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, expect, inject } from 'vitest'
import { chromium, type Browser, type Page } from 'playwright-core'

/// Debian's Chromium, never a downloaded browser: `.ci/run` installs it with apt.
export const chromiumPath = '/usr/bin/chromium'

/// The fonts Chromium may see: only what a bare Debian has (fonts-dejavu-core), so the
/// page's own bundled face is all that lays out the document, and a test that passes here
/// cannot depend on a font someone once installed. Always set, on every machine.
export const bareDebianFonts = new URL('./fonts-bare-debian.conf', import.meta.url).pathname

/// `args` are added to the usual switches (a benchmark's frame-rate switches).
export function launchChromium(args: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    env: { ...process.env, FONTCONFIG_FILE: bareDebianFonts },
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...args]
  })
}

export const screenshotFolder = new URL('../../../test-results/e2e/', import.meta.url).pathname

/// A page of the web edition, with every console error, failed request and uncaught
/// exception collected: a Content-Security-Policy violation shows up here, so a test can
/// require there are none. An `initScript` runs in the page before the app's own code,
/// to stand in for what headless Chromium lacks (a desktop host, file pickers).
export async function openApp(browser: Browser, url: string, initScript?: string): Promise<{ page: Page, problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1500, height: 950 }, deviceScaleFactor: 1 })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', message => { if (message.type() === 'error') problems.push(`console: ${message.text()}`) })
  page.on('pageerror', error => problems.push(`page error: ${error.message}`))
  page.on('requestfailed', request => problems.push(`request failed: ${request.url()}`))
  // Every Content-Security-Policy violation, reported or not on the console (a caught
  // `new Function` probe only fires the event), comes back as a console error.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', event => {
      console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`)
    })
  })
  if (initScript) await page.addInitScript(initScript)
  await page.goto(url)
  return { page, problems }
}

/// Keep a picture of the state the test reached, to look at.
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotFolder, { recursive: true })
  await page.screenshot({ path: `${screenshotFolder}${name}.png` })
}

/// One browser and one page of the web edition for a whole `describe`, opened before its
/// tests (with an `initScript`, then `prepare`d, e.g. started from the template) and
/// closed after them. Its fields are set once the suite's `beforeAll` has run.
export function useAppPage(prepare?: (page: Page) => Promise<void>, initScript?: string): { page: Page, problems: string[] } {
  const session = {} as { page: Page, problems: string[] }
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchChromium()
    Object.assign(session, await openApp(browser, inject('webUrl'), initScript))
    if (prepare) await prepare(session.page)
  })
  afterAll(async () => {
    await browser?.close()
    expect(session.problems?.filter(problem => problem.includes('CSP violation')) ?? []).toEqual([])
  })
  return session
}
