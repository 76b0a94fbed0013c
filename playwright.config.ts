import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, findBrowser } from './scripts/browser.mjs'

// E2E runs against the *built* deck (dist-test/, base /talks/pretraining/) served on loopback by
// tests/e2e/global-setup.ts, in the Chromium scripts/browser.mjs finds (CHROME_PATH, Playwright's,
// then the system one). One worker: the machine has two cores and the export tests are heavy.
let browser: ReturnType<typeof findBrowser>
try {
  browser = findBrowser()
}
catch (error) {
  // the lookup's own message (how to get a browser), not a stack trace from the config loader
  console.error((error as Error).message)
  process.exit(1)
}

/** Specs with a project of their own (each runs once, not in light and dark). */
const OWN_PROJECT = /export\.spec|offline\.spec|faults\.spec|export-commands\.spec|dev-server\.spec|offline-badge\.spec|offline-editions\.spec|remote\.spec/

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list'], ['line']] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: browser.path, args: CHROMIUM_ARGS },
    serviceWorkers: 'block',
    trace: 'off',
  },
  projects: [
    { name: 'light', use: { colorScheme: 'light' }, testIgnore: OWN_PROJECT },
    { name: 'dark', use: { colorScheme: 'dark' }, testMatch: /slides\.spec|legibility\.spec|chart-a11y\.spec|axe-deck\.spec|a11y\.spec/ },
    { name: 'offline', use: { colorScheme: 'light', serviceWorkers: 'allow' }, testMatch: /offline\.spec|offline-editions\.spec/ },
    // issue 10: the PWA badge with service workers allowed, in two windows and after a reload
    { name: 'offline-badge', use: { colorScheme: 'light', serviceWorkers: 'allow' }, testMatch: /offline-badge\.spec/ },
    { name: 'export', testMatch: /export\.spec/ },
    // issue 10: every README export example, --range, two exports compared page by page
    { name: 'export-commands', testMatch: /export-commands\.spec/ },
    // issue 10: presenting from the dev server (overlay, key bursts, stopwatch) on a scratch deck
    { name: 'dev-server', testMatch: /dev-server\.spec|remote\.spec/ },
    // issue 10: faults planted in scratch copies must make build, export and npm test fail clearly
    { name: 'faults', testMatch: /faults\.spec/ },
  ],
})
