// Whether saving the offline copy failed: the service worker's install (its precache) ended redundant. Told
// apart by trying to store a megabyte in Cache Storage: refused for its size, the quota is the reader's to
// raise; otherwise the install is tried again on the next visit.
import { useCallback, useState } from 'react'

export type OfflineCopyProblem = 'quota' | 'other' | null

export function useOfflineCopy() {
  const [problem, setProblem] = useState<OfflineCopyProblem>(null)
  const watch = useCallback((registration: ServiceWorkerRegistration | undefined) => {
    const follow = (worker: ServiceWorker | null) => {
      worker?.addEventListener('statechange', async () => {
        if (worker.state !== 'redundant' || registration?.active) return
        setProblem((await quotaExceeded()) ? 'quota' : 'other')
      })
    }
    follow(registration?.installing ?? null)
    registration?.addEventListener('updatefound', () => follow(registration.installing))
  }, [])
  return { problem, watch }
}

const PROBE = 'xianbao-quota-probe'

async function quotaExceeded(): Promise<boolean> {
  try {
    await (await caches.open(PROBE)).put('/__quota-probe', new Response(new Uint8Array(2 ** 20)))
    return false
  } catch (e) {
    return e instanceof DOMException && e.name === 'QuotaExceededError'
  } finally {
    await caches.delete(PROBE).catch(() => false)
  }
}
