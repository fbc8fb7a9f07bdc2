// The PDF worker thread's entry: registers the TypeScript loader (tsx) the main thread runs under, then loads the
// worker itself. (A worker does not inherit the loader of `tsx src/corpus/cli.ts`.)
import { register } from 'tsx/esm/api'

register()
await import('./printed-worker.ts')
