import { describe, expect, it } from 'vitest'
import { denyPermissions, guardNavigation, type GuardedContents, type GuardedSession } from '../../../../electron/shell/webGuards'

/// A stand-in for a window's WebContents that records listeners and lets a test emit.
function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>()
  let openHandler: ((details: { url: string }) => { action: string }) | null = null
  const contents = {
    on(name: string, listener: (event: { preventDefault(): void }, url: string) => void) { listeners.set(name, listener); return contents },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) { openHandler = handler }
  }
  return {
    contents: contents as unknown as GuardedContents,
    emit(name: string, url = ''): boolean {
      let prevented = false
      listeners.get(name)!({ preventDefault: () => { prevented = true } }, url)
      return prevented
    },
    open: (url: string) => openHandler!({ url })
  }
}

describe('guardNavigation', () => {
  it.each([
    'https://example.org/',
    'penholder://app/index.html',
    'file:///etc/passwd',
    'file:///home/ana/Drafts/draft.penholder',
    'javascript:alert(1)'
  ])('refuses to navigate to %s', url => {
    const fake = fakeContents()
    guardNavigation(fake.contents)
    expect(fake.emit('will-navigate', url)).toBe(true)
  })

  it.each(['will-redirect', 'will-attach-webview'])('prevents %s', name => {
    const fake = fakeContents()
    guardNavigation(fake.contents)
    expect(fake.emit(name, 'https://example.org/')).toBe(true)
  })

  it.each(['https://example.org/', 'penholder://app/index.html', 'about:blank'])('denies a new window for %s', url => {
    const fake = fakeContents()
    guardNavigation(fake.contents)
    expect(fake.open(url)).toEqual({ action: 'deny' })
  })
})

describe('denyPermissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])('refuses %s', permission => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null
    let check: ((contents: unknown, permission: string) => boolean) | null = null
    const session: GuardedSession = {
      setPermissionRequestHandler: handler => { request = handler },
      setPermissionCheckHandler: handler => { check = handler }
    }
    denyPermissions(session)
    const answers: boolean[] = []
    request!(null, permission, granted => answers.push(granted))
    expect(answers).toEqual([false])
    expect(check!(null, permission)).toBe(false)
  })
})
