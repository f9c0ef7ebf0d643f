import type { Locator, Page } from 'playwright-core'

/// The editor's text element (not the read-only views of a comparison).
export function editorDocument(page: Page): Locator {
  return page.locator('.ph-paper-scroll .ph-document')
}

/// The negotiators' labels of the paragraphs of a document element, in order, computed
/// from the DOM the way labelParagraphs computes them from the document: the oracle for
/// finding `OP4(a)` on screen, where the numbers themselves are CSS counters. It runs in
/// the page, so it holds no inner named functions (the test runner's transform would
/// wrap them in a helper the page does not have).
function labelsOf(root: Element): string[] {
  const romans = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x']
  const labels: string[] = []
  let pp = 0, op = 0, parent = ''
  const counters = [0, 0, 0, 0, 0], trail: string[] = []
  for (const p of root.querySelectorAll<HTMLElement>(':scope > section > p:not(.ph-deleted-paragraph)')) {
    if (p.classList.contains('ph-sub')) {
      const level = Number(p.dataset.level)
      counters[level]++
      for (let l = level + 1; l < 5; l++) counters[l] = 0
      trail.length = level - 1
      const n = counters[level]
      trail.push(level % 2 ? String.fromCharCode(97 + (n - 1) % 26).repeat(Math.floor((n - 1) / 26) + 1) : romans[n])
      labels.push(parent + trail.map(t => '(' + t + ')').join(''))
    } else {
      counters.fill(0)
      trail.length = 0
      parent = p.classList.contains('ph-pp') ? 'PP' + (++pp) : 'OP' + (++op)
      labels.push(parent)
    }
  }
  return labels
}

/// The paragraph with a label in a document element (the editor's, given the page).
export async function paragraph(root: Locator | Page, label: string): Promise<Locator> {
  const doc = 'goto' in root ? editorDocument(root) : root
  const labels = await doc.evaluate(labelsOf)
  const index = labels.indexOf(label)
  if (index < 0) throw new Error(`no paragraph ${label} (there are ${labels.join(' ')})`)
  return doc.locator(':scope > section > p:not(.ph-deleted-paragraph)').nth(index)
}

/// Start a new follow-up draft from the 2388 template and wait for the text, with its
/// one amendment (PP1's recall of 2388) listed.
export async function startFollowUp(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New follow-up draft from resolution 2388 (2017)' }).click()
  await editorDocument(page).locator('.ph-op').nth(34).waitFor()
  await page.locator('.ph-amendment').first().waitFor({ state: 'attached' })
}

/// Start from the text of 2388 with no amendment: a follow-up draft whose recall of 2388
/// is accepted at once, so the tests' amendments are their own.
export async function startFromTemplate(page: Page): Promise<void> {
  await startFollowUp(page)
  await page.getByRole('button', { name: 'Accept all' }).click()
  await page.locator('.ph-amendment').first().waitFor({ state: 'detached' })
}

/// Where a selection ends inside a paragraph, by its text: right after the first
/// occurrence of a string, at the paragraph's start (''), or at its end (null).
type TextPoint = string | null

/// Select inside a paragraph of the editor by document position, from `anchor` to `head`
/// (see TextPoint), as a drag over those words would. Never by visual line (Home, End):
/// where a line wraps depends on the machine's fonts.
export async function selectText(page: Page, label: string, anchor: TextPoint, head: TextPoint): Promise<void> {
  const target = await paragraph(page, label)
  await target.evaluate((element, [anchor, head]) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    const texts: Text[] = []
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest('[contenteditable="false"]')) texts.push(n as Text)
    const whole = texts.map(t => t.data).join('')
    const points = [anchor, head].map(point => {
      let offset = point === null ? whole.length : whole.indexOf(point)
      if (offset < 0) throw new Error(`“${point}” is not in the paragraph`)
      if (point) offset += point.length
      for (const text of texts) {
        if (offset <= text.data.length) return { text, offset }
        offset -= text.data.length
      }
      throw new Error('the paragraph has no text')
    })
    ;(element.closest('.ph-document') as HTMLElement).focus()
    const selection = window.getSelection()!
    selection.setBaseAndExtent(points[0].text, points[0].offset, points[1].text, points[1].offset)
  }, [anchor, head] as const)
  await page.waitForTimeout(50)
}

/// Put the caret in a paragraph of the editor, right after the first occurrence of
/// `after` in its text (at its start when `after` is empty, at its end when null), as a
/// click there would.
export function placeCaret(page: Page, label: string, after: TextPoint): Promise<void> {
  return selectText(page, label, after, after)
}

/// Text of a paragraph as the editor shows it, with the redline's struck words left out.
export async function paragraphText(root: Locator | Page, label: string): Promise<string> {
  return (await paragraph(root, label)).evaluate(element => {
    const clone = element.cloneNode(true) as HTMLElement
    clone.querySelectorAll('del, [contenteditable="false"]').forEach(d => d.remove())
    return clone.textContent ?? ''
  })
}

/// The text of the page as Chromium renders it for assistive technology, CSS generated
/// content (the paragraph numbers) included: how a test reads the `(a)` the drafter sees.
export async function renderedText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page)
  const { nodes } = await cdp.send('Accessibility.getFullAXTree') as { nodes: Array<{ role?: { value: string }, name?: { value: string } }> }
  await cdp.detach()
  return nodes.filter(n => n.role?.value === 'StaticText').map(n => n.name?.value ?? '').join('')
}

/// The amendments listed in the panel, in their UN wording.
export async function listedAmendments(page: Page): Promise<string[]> {
  return page.locator('.ph-amendment-text').evaluateAll(items => items.map(item => {
    const clone = item.cloneNode(true) as HTMLElement
    clone.querySelector('.ph-amendment-kind')?.remove()
    return clone.textContent ?? ''
  }))
}

/// Wait until the amendments panel lists exactly these amendments.
export async function waitForAmendments(page: Page, expected: string[]): Promise<void> {
  for (let tries = 0; tries < 50; tries++) {
    const listed = await listedAmendments(page)
    if (listed.length === expected.length && listed.every((t, i) => t === expected[i])) return
    await page.waitForTimeout(100)
  }
  throw new Error(`amendments listed: ${JSON.stringify(await listedAmendments(page))}, expected ${JSON.stringify(expected)}`)
}

/// Paste into the editor what a clipboard would hold, one string per flavour
/// (`text/plain`, `text/html`), as the browser dispatches a paste.
export async function paste(page: Page, flavours: Record<string, string>): Promise<void> {
  await page.evaluate(flavours => {
    const data = new DataTransfer()
    for (const [type, value] of Object.entries(flavours)) data.setData(type, value)
    document.querySelector('.ph-paper-scroll .ph-document')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, flavours)
}

/// The words the editor paints as inserted (the custom highlight `ph-ins`,
/// renderer/editor/insertionHighlight.ts) inside an element, in reading order: what a
/// drafter sees underlined in green. Ranges left on text no longer in the page (a bug:
/// they paint nothing) are returned too, after the others, each as an empty string.
export async function insertedTexts(scope: Locator): Promise<string[]> {
  return scope.evaluate(element => {
    const highlight = CSS.highlights.get('ph-ins')
    if (!highlight) return []
    const ranges: Range[] = []
    const detached: string[] = []
    highlight.forEach(r => {
      if (!r.startContainer.isConnected || !r.endContainer.isConnected) {
        detached.push('')
        return
      }
      if (!element.contains(r.startContainer)) return
      const range = document.createRange()
      range.setStart(r.startContainer, Math.min(r.startOffset, r.startContainer.nodeType === 3 ? (r.startContainer as Text).length : r.startContainer.childNodes.length))
      range.setEnd(r.endContainer, Math.min(r.endOffset, r.endContainer.nodeType === 3 ? (r.endContainer as Text).length : r.endContainer.childNodes.length))
      ranges.push(range)
    })
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
    return [...ranges.map(r => r.toString()), ...detached]
  })
}
