import { join } from 'node:path'
import * as z from 'zod'
import { nodeDisk, type Disk } from './disk'
import { readJsonFile, writeJsonFile } from './jsonFile'

/// A rectangle in screen coordinates, as Electron gives window bounds and display work
/// areas (the screen minus task bar, dock and menu bar).
export interface Rect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/// A window as remembered between runs: its normal bounds (also kept while it is
/// maximized, to restore to) and whether it was maximized.
export interface WindowState {
  readonly bounds: Rect
  readonly maximized: boolean
}

/// Smaller than this, the heading fields and the amendment panel no longer fit.
export const minimumWindowSize = Object.freeze({ width: 640, height: 480 })

/// A first window: room for a resolution page and the amendment panel beside it.
export const defaultWindowSize = Object.freeze({ width: 1280, height: 900 })

const rectSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive()
})

const stateSchema = z.object({ bounds: rectSchema, maximized: z.boolean() })

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max))
}

function centered(width: number, height: number, area: Rect): Rect {
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height
  }
}

/// Displays that show the same picture (mirroring) count once.
function distinct(displays: readonly Rect[]): Rect[] {
  return displays.filter((d, i) => displays.findIndex(o => o.x === d.x && o.y === d.y && o.width === d.width && o.height === d.height) === i)
}

/// Bounds for a window that the person can see and reach, given the work areas of the
/// displays connected now (the primary display first). A window entirely on the visible
/// displays stays where it was, even across two of them. Otherwise it goes to the display
/// that shows most of it, shrunk to that display if larger and moved inside it; a window
/// on no display at all (its monitor was unplugged, the laptop left its docking station)
/// is centred on the primary display.
export function fitToDisplays(bounds: Rect, displays: readonly Rect[]): Rect {
  const wanted: Rect = {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(Math.max(bounds.width, minimumWindowSize.width)),
    height: Math.round(Math.max(bounds.height, minimumWindowSize.height))
  }
  const screens = distinct(displays)
  if (!screens.length) return wanted
  const shares = screens.map(d => overlap(wanted, d))
  if (shares.reduce((a, b) => a + b, 0) >= wanted.width * wanted.height) return wanted
  const best = Math.max(...shares)
  const area = best > 0 ? screens[shares.indexOf(best)] : screens[0]
  const width = Math.min(wanted.width, area.width)
  const height = Math.min(wanted.height, area.height)
  if (best === 0) return centered(width, height, area)
  return {
    x: clamp(wanted.x, area.x, area.x + area.width - width),
    y: clamp(wanted.y, area.y, area.y + area.height - height),
    width,
    height
  }
}

/// The state to open the main window with: the remembered one made visible, or a
/// default-sized window centred on the primary display.
export function restoreWindowState(saved: WindowState | null, displays: readonly Rect[]): WindowState {
  if (saved) return { bounds: fitToDisplays(saved.bounds, displays), maximized: saved.maximized }
  const primary = displays[0] ?? { x: 0, y: 0, ...defaultWindowSize }
  const { width, height } = defaultWindowSize
  return { bounds: fitToDisplays(centered(Math.min(width, primary.width), Math.min(height, primary.height), primary), displays), maximized: false }
}

/// The window state file in the app's user data folder.
export function windowStatePath(userData: string): string {
  return join(userData, 'window-state.json')
}

/// The remembered window state, or null when there is none worth using (first run, or a
/// damaged file, which is set aside: a window placed by default is no reason for a dialog).
export async function loadWindowState(userData: string, disk: Disk = nodeDisk): Promise<WindowState | null> {
  const reading = await readJsonFile(windowStatePath(userData), stateSchema, disk)
  return reading.kind === 'value' ? reading.value : null
}

/// Remember the window state. Electron's bounds are whole pixels; anything else is a bug
/// in the caller and throws rather than being stored.
export async function saveWindowState(userData: string, state: WindowState, disk: Disk = nodeDisk): Promise<void> {
  await writeJsonFile(windowStatePath(userData), stateSchema.parse(state), disk)
}
