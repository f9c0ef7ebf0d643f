/// `node --import tsx scripts/make-icons.ts`: write build/icon.svg and build/icon.png
/// (1024×1024) from scripts/icons/penholderIcon.ts. A unit test fails when the files in
/// build/ differ from what this writes.
import { mkdirSync, writeFileSync } from 'node:fs'
import { encodePng } from './icons/png'
import { iconSvg, renderIcon } from './icons/penholderIcon'

const size = 1024
mkdirSync(new URL('../build/', import.meta.url), { recursive: true })
writeFileSync(new URL('../build/icon.svg', import.meta.url), iconSvg())
writeFileSync(new URL('../build/icon.png', import.meta.url), encodePng(size, size, renderIcon(size)))
