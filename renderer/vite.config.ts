import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

/// The build runs in Node; `import.meta.dirname` keeps this file free of `node:` imports,
/// which the layer rules forbid in renderer/.
const root = import.meta.dirname

/// The web edition and the Electron renderer are one build: relative asset paths (so it
/// loads from file:// as well as from a server), no inline script or style (the pages run
/// under a Content-Security-Policy without 'unsafe-inline' or 'unsafe-eval').
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: `${root}/../dist/web`,
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false }
})
