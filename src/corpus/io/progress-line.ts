// The build's progress on stderr: each pass's pages, its rate and the time left, at most once a second (one line
// rewritten on a terminal, a line each elsewhere); nothing with --quiet.
import type { Progress } from './build-corpus'

/** Progress on stderr: the pass, pages done, pages per second and the time left, at most once a second. */
export function progressLine(quiet: boolean): Progress {
  let last = 0
  let passStarted = performance.now()
  let pass = ''
  return (name: string, done: number, total: number, unit = 'pages') => {
    if (quiet) return
    const now = performance.now()
    if (name !== pass) [pass, passStarted] = [name, now]
    if (now - last < 1000 && done !== total) return
    last = now
    const rate = done / Math.max(0.001, (now - passStarted) / 1000)
    const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0
    process.stderr.write(`[corpus] ${name}: ${done}/${total} ${unit} · ${rate.toFixed(rate < 10 ? 1 : 0)} ${unit}/s · ${done === total ? 'done' : `${eta}s left`}${process.stderr.isTTY && done !== total ? '\r' : '\n'}`)
  }
}
