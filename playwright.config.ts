import { defineConfig, devices } from '@playwright/test'
import { existsSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'

/** A port no one holds now, so that the tests run beside anything else on the machine (PORT chooses one). */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
// chosen once, in the main process: its workers read the config again and inherit the variable
process.env.XIANBAO_E2E_PORT ??= process.env.PORT ?? String(await freePort())
const origin = `http://127.0.0.1:${process.env.XIANBAO_E2E_PORT}`

// Debian's chromium where it is installed (Playwright cannot download its own browser here); Playwright's elsewhere.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: origin,
    trace: 'retain-on-failure',
    // tests that need the service worker (offline, updates) allow it themselves
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: systemChromium,
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${process.env.XIANBAO_E2E_PORT} --strictPort`,
    url: origin,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
