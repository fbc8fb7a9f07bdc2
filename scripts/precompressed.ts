// The app's build and its preview server with precompressed files: the build writes .br and .gz beside every
// asset (the corpus's files come with theirs from the corpus build), and `vite preview` (npm start) sends the
// brotli or gzip copy when the browser accepts it, as a CDN or nginx's gzip_static/brotli_static would.
import { createReadStream, existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { extname, join, normalize } from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'
import { compressFolder } from '../src/corpus/io/compress'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.bin': 'application/octet-stream', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.map': 'application/json',
}

export function precompressed(outDir = 'dist'): Plugin[] {
  return [{
    name: 'xianbao-precompress',
    apply: 'build',
    // after the service worker's files are written (vite-plugin-pwa writes them when the bundle closes)
    closeBundle: {
      order: 'post',
      async handler() {
        // a corpus build under way or killed in public/ (its folder being written, a corpus moved aside, its lock)
        // is no part of the site: never published
        for (const name of readdirSync(outDir)) if (/^\.[^/]+\.(building|previous)-\d+$|^\.[^/]+\.lock$/.test(name)) rmSync(join(outDir, name), { recursive: true, force: true })
        await compressFolder(outDir, null, (p) => p)
      },
    },
  }, {
    // `vite preview` runs the plugins of `serve`: this one only serves
    name: 'xianbao-serve-precompressed',
    configurePreviewServer(server) {
      const serve = servePrecompressed(server.config.build.outDir)
      server.middlewares.use((req, res, next) => (refused(req, res) || serve(req, res) ? undefined : next()))
    },
  }]
}

/**
 * Answers what a static site must not serve as a page: a method other than GET or HEAD (405), a path that is not
 * valid percent-encoding (400, not a stack trace), a byte range that ends before it starts (416). Every answer
 * says its content type is not to be sniffed. True when it answered.
 */
export function refused(req: IncomingMessage, res: ServerResponse): boolean {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  const refuse = (status: number, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end(req.method === 'HEAD' ? undefined : `${status}\n`)
    return true
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(405, { Allow: 'GET, HEAD' })
  try {
    decodeURIComponent((req.url ?? '/').split('?')[0]!)
  } catch {
    return refuse(400)
  }
  const range = req.headers.range && /^bytes=(\d*)-(\d*)$/.exec(req.headers.range)
  if (req.headers.range && (!range || (range[1] && range[2] && Number(range[1]) > Number(range[2])))) return refuse(416)
  return false
}

/**
 * A handler that sends `root`'s brotli or gzip copy of the file asked for when the browser accepts it; false when
 * there is none (the caller serves the request itself). `root` may be a function of the path (a corpus elsewhere).
 */
export function servePrecompressed(root: string | ((path: string) => string)) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const accepts = String(req.headers['accept-encoding'] ?? '')
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '')
    const file = typeof root === 'string' ? join(root, path) : root(path)
    const type = TYPES[extname(file)]
    if (!type || (req.method !== 'GET' && req.method !== 'HEAD')) return false
    const encoding = /\bbr\b/.test(accepts) && existsSync(`${file}.br`) ? 'br' : /\bgzip\b/.test(accepts) && existsSync(`${file}.gz`) ? 'gzip' : null
    if (!encoding || !statSync(file, { throwIfNoEntry: false })?.isFile()) return false
    const copy = `${file}.${encoding === 'br' ? 'br' : 'gz'}`
    res.setHeader('Content-Type', type)
    res.setHeader('Content-Encoding', encoding)
    res.setHeader('Content-Length', statSync(copy).size)
    res.setHeader('Vary', 'Accept-Encoding')
    res.setHeader('Cache-Control', path.startsWith('/assets/') || /^\/corpus\/(views|search)\//.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache')
    if (req.method === 'HEAD') res.end()
    else createReadStream(copy).pipe(res)
    return true
  }
}

/** The content type of a file served as is. */
export const contentType = (file: string) => TYPES[extname(file)] ?? 'application/octet-stream'
