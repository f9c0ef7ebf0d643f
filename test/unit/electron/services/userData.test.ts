import { describe, expect, it } from 'vitest'
import { userDataFolderName } from '../../../../electron/services/userData'

describe('userDataFolderName', () => {
  it.each([
    ['the installed app', true, 'Penholder'],
    ['npm start', false, 'Penholder Development']
  ])('%s keeps its data in %s', (_case, packaged, name) => {
    expect(userDataFolderName(packaged as boolean)).toBe(name)
  })
})
