import { build } from 'vite'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { serveFolder } from './support/staticServer'

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url))

/// Build the web edition once and serve it on a free localhost port for every test file.
export default async function setup(project: TestProject) {
  await build({ configFile: `${root}renderer/vite.config.ts`, logLevel: 'warn' })
  const server = await serveFolder(`${root}dist/web`)
  project.provide('webUrl', server.url)
  return () => server.close()
}
