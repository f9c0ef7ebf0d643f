import { describe, expect, it } from 'vitest'
import { hostChannels } from '../../../../electron/ipc/channels'
import { hostArguments } from '../../../../electron/ipc/hostArguments'

describe('hostChannels', () => {
  it('gives each method its own channel under the app prefix', () => {
    const channels = Object.values(hostChannels)
    expect(new Set(channels).size).toBe(channels.length)
    for (const channel of channels) expect(channel).toMatch(/^penholder:[a-z-]+$/)
  })

  it('has an argument check for every channel and no other', () => {
    expect(Object.keys(hostArguments).sort()).toEqual(Object.keys(hostChannels).sort())
  })
})
