import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, findBrowser } from './scripts/browser.mjs'

// E2E runs against the *built* deck (dist-test/, base /talks/pretraining/) served on loopback by
// tests/e2e/global-setup.ts, in the Chromium scripts/browser.mjs finds (CHROME_PATH, Playwright's,
// then the system one). One worker: the machine has two cores and the export tests are heavy.
const browser = findBrowser()

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
    { name: 'light', use: { colorScheme: 'light' }, testIgnore: /export\.spec|offline\.spec/ },
    { name: 'dark', use: { colorScheme: 'dark' }, testMatch: /slides\.spec|legibility\.spec/ },
    { name: 'offline', use: { colorScheme: 'light', serviceWorkers: 'allow' }, testMatch: /offline\.spec/ },
    { name: 'export', testMatch: /export\.spec/ },
  ],
})
