import { beforeEach, describe, expect, it } from 'vitest'
import * as fs from 'node:fs/promises'
import { fitToDisplays, restoreWindowState, loadWindowState, saveWindowState, windowStatePath, corruptPath, type Rect } from '../../../../electron/services'
import { useTempFolder } from '../../../support/tempFolder'

const rect = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height })

/// Work areas as Electron reports them.
const macbook = rect(0, 25, 1440, 875) // 1440×900, menu bar on top
const studioDisplay = rect(1440, 0, 2560, 1415) // 2560×1440 to the right, dock at the bottom
const windowsLaptop = rect(0, 0, 1920, 1040) // 1920×1080, task bar at the bottom
const leftMonitor = rect(-1920, 0, 1920, 1040)

describe('fitToDisplays', () => {
  it.each<[string, Rect, Rect[], Rect]>([
    ['a window on the laptop stays put', rect(100, 60, 1200, 800), [macbook], rect(100, 60, 1200, 800)],
    ['a window across two monitors stays put', rect(1000, 100, 1200, 700), [macbook, studioDisplay], rect(1000, 100, 1200, 700)],
    ['a window left on an unplugged monitor is centred on the laptop, shrunk to fit',
      rect(1800, 100, 1600, 1000), [macbook], rect(0, 25, 1440, 875)],
    ['a window left on an unplugged monitor to the left is centred on the primary display',
      rect(-1800, 100, 1200, 800), [windowsLaptop], rect(360, 120, 1200, 800)],
    ['a window on the left monitor, still connected, stays put', rect(-1800, 100, 1200, 800), [windowsLaptop, leftMonitor], rect(-1800, 100, 1200, 800)],
    ['a window partly off the right edge moves in', rect(1500, 200, 1000, 700), [windowsLaptop], rect(920, 200, 1000, 700)],
    ['a window with its title bar above the screen moves down', rect(100, -50, 1000, 700), [windowsLaptop], rect(100, 0, 1000, 700)],
    ['a window under the menu bar moves down', rect(100, 0, 1000, 700), [macbook], rect(100, 25, 1000, 700)],
    ['a window bigger than the screen shrinks to it', rect(-10, -10, 2560, 1440), [windowsLaptop], rect(0, 0, 1920, 1040)],
    ['a window hanging below the laptop goes to the monitor that shows most of it',
      rect(1000, 500, 1200, 700), [macbook, studioDisplay], rect(1440, 500, 1200, 700)],
    ['a window too small to use grows to the minimum', rect(100, 100, 200, 100), [windowsLaptop], rect(100, 100, 640, 480)],
    ['a mirrored display does not count twice', rect(1100, 0, 1000, 500), [windowsLaptop, windowsLaptop], rect(920, 0, 1000, 500)],
    ['fractional bounds from a scaled display become whole pixels', rect(100.4, 60.6, 1200.2, 800.5), [windowsLaptop], rect(100, 61, 1200, 801)],
    ['with no display known, the window is left alone', rect(5000, 5000, 1200, 800), [], rect(5000, 5000, 1200, 800)]
  ])('%s', (_, bounds, displays, fitted) => {
    expect(fitToDisplays(bounds, displays)).toEqual(fitted)
  })
})

describe('restoreWindowState', () => {
  it.each([
    ['a first run on a Windows laptop', null, [windowsLaptop], { bounds: rect(320, 70, 1280, 900), maximized: false }],
    ['a first run on a MacBook', null, [macbook, studioDisplay], { bounds: rect(80, 25, 1280, 875), maximized: false }],
    ['a maximized window from an unplugged monitor', { bounds: rect(1600, 100, 2400, 1300), maximized: true }, [macbook],
      { bounds: rect(0, 25, 1440, 875), maximized: true }]
  ])('%s', (_, saved, displays, restored) => {
    expect(restoreWindowState(saved, displays)).toEqual(restored)
  })
})

describe('loadWindowState and saveWindowState', () => {
  let userData: string
  const tempFolder = useTempFolder()
  beforeEach(() => {
    userData = tempFolder()
  })

  it('remember the window across runs', async () => {
    expect(await loadWindowState(userData)).toBeNull()
    const state = { bounds: rect(-1800, 100, 1200, 800), maximized: true }
    await saveWindowState(userData, state)
    expect(await loadWindowState(userData)).toEqual(state)
  })

  it.each([
    ['cut short', '{"bounds": {"x": 10'],
    ['with a negative width', '{"bounds": {"x": 10, "y": 10, "width": -5, "height": 600}, "maximized": false}'],
    ['without the maximized flag', '{"bounds": {"x": 10, "y": 10, "width": 800, "height": 600}}']
  ])('forget a file %s and keep it aside', async (_, stored) => {
    await fs.writeFile(windowStatePath(userData), stored)
    expect(await loadWindowState(userData)).toBeNull()
    expect(await fs.readFile(corruptPath(windowStatePath(userData)), 'utf8')).toBe(stored)
  })

  it('refuse to store bounds that are not whole pixels', async () => {
    await expect(saveWindowState(userData, { bounds: rect(0.5, 0, 800, 600), maximized: false })).rejects.toThrow()
    expect(await loadWindowState(userData)).toBeNull()
  })
})
