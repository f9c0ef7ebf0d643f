import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { snap, useAppPage } from './support/browser'
import { placeCaret, startFromTemplate } from './support/editor'

/// A French preambular paragraph with everything French typography brings: « » with the
/// narrow no-break space U+202F inside, accents, ñ, curly quotes and a no-break space.
const french = 'Rappelant\u00a0sa résolution 2388\u00a0(2017) «\u202fla traite des êtres humains\u202f» et l’œuvre du “Comité”, señor, ç'

interface PlatformFont { familyName: string, isCustomFont: boolean, glyphCount: number }
interface DomNode { nodeId: number, children?: DomNode[], pseudoElements?: DomNode[] }

/// The faces Chromium used to draw the text of every element matching `selector` (its
/// own text: an element laid out in a block of its own, like the heading's status line,
/// must match too), with the glyphs each drew (DevTools protocol, CSS.getPlatformFontsForNode): what was really
/// drawn, not what the style sheet asked for. What the elements' ::before and ::after draw
/// (the negotiators' labels in the margin, set in the interface's font) is left out.
async function usedFonts(page: Page, selector: string): Promise<Map<string, number>> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 }) as { root: DomNode }
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector })
  const pseudo = new Map<number, number[]>()
  const walk = (node: DomNode) => {
    pseudo.set(node.nodeId, (node.pseudoElements ?? []).map(p => p.nodeId))
    node.children?.forEach(walk)
  }
  walk(root)
  const glyphs = new Map<string, number>()
  const count = async (nodeId: number, sign: number) => {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId }) as { fonts: PlatformFont[] }
    for (const font of fonts) glyphs.set(font.familyName, (glyphs.get(font.familyName) ?? 0) + sign * font.glyphCount)
  }
  for (const nodeId of nodeIds) {
    await count(nodeId, 1)
    for (const id of pseudo.get(nodeId) ?? []) await count(id, -1)
  }
  await cdp.detach()
  for (const [family, n] of glyphs) if (n === 0) glyphs.delete(family)
  return glyphs
}

describe('the document drawn in the bundled Times face, whatever the machine has', () => {
  const session = useAppPage(async page => {
    await page.setViewportSize({ width: 1440, height: 900 })
    await startFromTemplate(page)
    await page.evaluate(() => document.fonts.ready)
  })
  let page: Page
  let problems: string[]
  beforeAll(() => { ({ page, problems } = session) })

  it('draws every character of the 2388 template, U+2011 included, with the bundled faces only', async () => {
    const used = await usedFonts(page, '.ph-paper-scroll .ph-document p')
    expect([...used.keys()].sort()).toEqual(['Penholder Times Supplement', 'Tinos'])
    // The three non-breaking hyphens of “Secretary‑General” in the template.
    expect(used.get('Penholder Times Supplement')).toBe(3)
    await snap(page, '40-template-bundled-font')
  })

  it('draws French typography, U+202F included, with the bundled faces only', async () => {
    await placeCaret(page, 'PP1', '')
    await page.keyboard.insertText(french + ', ')
    const used = await usedFonts(page, '.ph-paper-scroll .ph-document .ph-pp:first-of-type')
    expect([...used.keys()].sort()).toEqual(['Penholder Times Supplement', 'Tinos'])
    expect(used.get('Penholder Times Supplement')).toBe(2)
    expect(await page.evaluate(text => document.fonts.check('16px "Penholder Times Supplement", Tinos', text), french)).toBe(true)
  })

  it('sets the document without kerning or ligatures, at an explicit line height', async () => {
    const style = await page.locator('.ph-paper-scroll .ph-document').evaluate(element => {
      const computed = getComputedStyle(element)
      return { kerning: computed.fontKerning, ligatures: computed.fontVariantLigatures, lineHeight: computed.lineHeight }
    })
    expect(style).toEqual({ kerning: 'none', ligatures: 'none', lineHeight: expect.stringMatching(/^\d+(\.\d+)?px$/) })
  })

  it('runs with Chromium seeing only the fonts of a bare Debian', async () => {
    // The heading asks for Arial, then Liberation Sans: here only DejaVu can answer, for
    // every line of it, the status under “United Nations” included.
    const used = await usedFonts(page, '.ph-paper-scroll .ph-heading, .ph-paper-scroll .ph-heading *')
    expect([...used.keys()]).toEqual(['DejaVu Sans'])
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(problems).toEqual([])
  })
})
