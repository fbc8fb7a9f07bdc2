// A static server for the built app whose folder can be switched while it runs: the update test serves one
// build, then the next, as a deployment would. Unknown paths get index.html (the app routes them).
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webp': 'image/webp', '.txt': 'text/plain',
}

/** `delayMs(path)`: how long to hold a response (a slow network for some files); none by default. */
export async function serveSwitchable(root: string, delayMs: (path: string) => number = () => 0): Promise<{ origin: string; setRoot: (dir: string) => void; close: () => Promise<void> }> {
  let current = root
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
    let file = join(current, path)
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(current, 'index.html')
    const send = () => {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' })
      res.end(readFileSync(file))
    }
    const delay = delayMs(path)
    if (delay > 0) setTimeout(send, delay)
    else send()
  })
  // a port no one holds: the tests run beside anything else on the machine
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { origin, setRoot: (dir) => (current = dir), close: () => new Promise((r) => server.close(() => r())) }
}
