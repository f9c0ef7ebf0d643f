import { defineConfig } from 'vitest/config'

/// The end-to-end tests: the built web edition in Debian's Chromium, driven by
/// playwright-core. Files run one after another: each starts its own browser, and two at
/// once on a two-core machine only make both slower.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false
  }
})
