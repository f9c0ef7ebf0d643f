/// Types of bin/cliBundle.js, the loader of the bundled `penholder` command.

/// Where bundles are cached: PENHOLDER_CLI_CACHE, or node_modules/.cache/penholder-cli.
export const cacheFolder: string

/// A SHA-1 (16 hex digits) of the listed source files' paths and bytes and of
/// package-lock.json; null when a listed file is gone.
export function sourceKey(inputs: string[]): string | null

/// The bundled module of cli/main.ts, built first (esbuild) when its sources changed.
/// Rejects with esbuild's error when the sources do not build.
export function loadCli(): Promise<typeof import('../cli/main')>
