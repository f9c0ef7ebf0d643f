import { useEffect, useRef } from 'react'
import type { HostApi, ShellEvent, ShellEventSource } from '../../shared/host'

/// Carry out, one after another, the events a desktop host's menus send (`nextShellEvent`),
/// each with the handler of the latest render; a host without menus (the browser) sends
/// none and this does nothing.
export function useShellEvents(host: HostApi, handle: (event: ShellEvent) => void): void {
  const latest = useRef(handle)
  latest.current = handle
  useEffect(() => {
    const source = host as HostApi & Partial<ShellEventSource>
    if (typeof source.nextShellEvent !== 'function') return
    let live = true
    const next = () => {
      source.nextShellEvent!().then(event => {
        if (!live) return
        latest.current(event)
        next()
      }, () => undefined)
    }
    next()
    return () => { live = false }
  }, [host])
}
