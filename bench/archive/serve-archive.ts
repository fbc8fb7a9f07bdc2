// What the benchmarks on generated archives share: the archive of a size, generated and built once where
// bench:corpus keeps it, a server for the built app with /corpus/ from an archive (precompressed, as `npm start`
// and a CDN send it), and Lighthouse's Slow 4G.
import { execFileSync } from 'node:child_process'
import { createReadStream, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createSecureServer, type Http2SecureServer } from 'node:http2'
import { tmpdir } from 'node:os'
import { join, normalize } from 'node:path'
import { contentType, servePrecompressed } from '../../scripts/precompressed'

/** Lighthouse's Slow 4G, for the DevTools protocol: 150 ms RTT, 1.6 Mbps down, 750 kbps up. */
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 }

/** `--corpus 200000=DIR` on the command line: an archive already built to use as it is for that size. */
export function givenCorpora(): Map<string, string> {
  return new Map(process.argv.flatMap((a, i) => (process.argv[i - 1] === '--corpus' ? [a.split('=') as [string, string]] : [])))
}

/** The folder of the archive of `articles` articles: pages/, corpus/ and the builder's cache/. */
export const archiveFolder = (articles: number) => join(tmpdir(), `xianbao-corpus-bench-${articles}`)

/**
 * The built corpus of an archive of `articles` articles, generated and built once where bench:corpus keeps it
 * (the same folder and cache): a later run finds it up to date.
 */
export function archive(articles: number): string {
  const dir = archiveFolder(articles)
  // npm run corpus's heap (1,280 MB) holds an archive of 200,000 articles; a larger one is built with more
  const heapMB = Math.max(1280, Math.ceil(articles / 100))
  if (!existsSync(join(dir, 'pages'))) execFileSync('npx', ['tsx', 'bench/gen-archive.ts', '--articles', String(articles), '--out', join(dir, 'pages')], { stdio: 'inherit' })
  execFileSync(process.execPath, [`--max-old-space-size=${heapMB}`, '--import', 'tsx', 'src/corpus/cli.ts', '--in', join(dir, 'pages'), '--out', join(dir, 'corpus'), '--cache', join(dir, 'cache'), '--quiet'], { stdio: 'inherit' })
  return join(dir, 'corpus')
}

/**
 * A network link shaped on the server: each response starts one round trip after its request and every response
 * shares the bandwidth. Unlike the DevTools protocol's emulation, it slows a Web Worker's requests too (Chromium
 * emulates network conditions per page, and refuses CPU throttling for workers).
 */
export interface ShapedLink {
  /** off: responses go at full speed (the link can be switched while the server runs) */
  enabled?: boolean
  latencyMs: number
  bytesPerSecond: number
  /** each response sent: its path and bytes (as sent, compressed) */
  onSent?: (path: string, bytes: number) => void
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)))

/** Holds a response's body and sends it at the link's pace, one round trip late. */
function shape(res: ServerResponse, path: string, link: ShapedLink, state: { freeAt: number }): void {
  const write = res.write.bind(res) as (chunk: Buffer) => boolean
  const end = res.end.bind(res) as () => ServerResponse
  const chunks: Buffer[] = []
  const take = (chunk: unknown) => {
    if (chunk && typeof chunk !== 'function') chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string))
  }
  res.write = ((chunk: unknown) => (take(chunk), true)) as typeof res.write
  res.end = ((chunk?: unknown) => {
    take(chunk)
    void (async () => {
      const body = Buffer.concat(chunks)
      await sleep(link.latencyMs)
      for (let at = 0; at < body.length; at += 16_384) {
        const piece = body.subarray(at, at + 16_384)
        state.freeAt = Math.max(performance.now(), state.freeAt) + (piece.length / link.bytesPerSecond) * 1000
        await sleep(state.freeAt - performance.now())
        write(piece)
      }
      end()
      link.onSent?.(path, body.length)
    })()
    return res
  }) as typeof res.end
}

/**
 * Serves a built app (`app`) with /corpus/ from the archive's folder, and any other folders under their prefix;
 * through a shaped link when one is given; over HTTP/2 (TLS, a certificate made here) when `http2`, as static
 * hosts and CDNs serve, else HTTP/1.1 (a browser opens six connections to a host: more requests wait).
 */
export function serveArchive(port: number, app: string, corpus: string, more: Record<string, string> = {}, link?: ShapedLink, http2 = false): Server | Http2SecureServer {
  const linkState = { freeAt: 0 }
  const roots: [string, string][] = [['/corpus/', corpus], ...Object.entries(more)]
  const fileOf = (path: string) => {
    const root = roots.find(([prefix]) => path.startsWith(prefix))
    return root ? join(root[1], path.slice(root[0].length)) : join(app, path)
  }
  const precompressed = servePrecompressed(fileOf)
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    if (link && link.enabled !== false) shape(res, (req.url ?? '/').split('?')[0]!, link, linkState)
    if (precompressed(req, res)) return
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!))
    let file = fileOf(path)
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) {
      if (roots.some(([prefix]) => path.startsWith(prefix))) {
        res.writeHead(404).end()
        return
      }
      file = join(app, 'index.html')
    }
    res.writeHead(200, { 'content-type': contentType(file) })
    createReadStream(file).pipe(res)
  }
  const server = http2 ? createSecureServer({ ...selfSigned(), allowHTTP1: true }, handler as never) : createServer(handler)
  server.listen(port, '127.0.0.1')
  return server
}

/** A certificate for 127.0.0.1 (the browser is told to accept it). */
function selfSigned(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'xianbao-tls-'))
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' })
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }
}
