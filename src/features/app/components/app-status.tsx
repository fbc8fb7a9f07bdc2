// The bar under the header: offline reading, a newer version of the app and corpus waiting to be used, and an
// offline copy that could not be saved.
import { useRegisterSW } from 'virtual:pwa-register/react'
import { useT } from '@/lib/i18n'
import { useOfflineCopy } from '../use-offline-copy'
import { useOnline } from '../use-online'

export function AppStatus() {
  const t = useT()
  const online = useOnline()
  const offlineCopy = useOfflineCopy()
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true, onRegisteredSW: (_url, registration) => offlineCopy.watch(registration) })
  if (online && !needRefresh && !offlineCopy.problem) return null
  return (
    <div className="border-b border-amber-300 bg-amber-50 text-sm" role="status" aria-live="polite">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-3 px-4 py-2">
        {!online && <span>{t.app.offline}</span>}
        {offlineCopy.problem && <span>{offlineCopy.problem === 'quota' ? t.app.offlineFailed : t.app.offlineFailedOther}</span>}
        {needRefresh && (
          <>
            <span>{t.app.updateReady}</span>
            <button type="button" className="rounded bg-red-800 px-3 py-1 text-white" onClick={() => updateServiceWorker(true)}>
              {t.app.update}
            </button>
          </>
        )}
      </div>
    </div>
  )
}
