import { describe, expect, it } from 'vitest'
import { problemBox, replaceQuestion, unsavedChangesQuestion } from '../../../../electron/shell/questions'
import { FileProblem } from '../../../../electron/services'

describe('unsavedChangesQuestion', () => {
  const question = unsavedChangesQuestion('Draft on trafficking')
  it('names the draft', () => {
    expect(question.message).toBe('Do you want to save the changes you made to “Draft on trafficking”?')
  })
  it.each([
    ['Save', 'save'],
    ['Don’t Save', 'discard'],
    ['Cancel', 'cancel']
  ])('the button %s means %s', (button, answer) => {
    expect(question.answers[question.buttons.indexOf(button)]).toBe(answer)
  })
  it('takes Escape as Cancel', () => {
    expect(question.answers[question.cancelId]).toBe('cancel')
  })
})

describe('replaceQuestion', () => {
  it.each(['changed-on-disk', 'exists'] as const)('%s defaults to Cancel and names the file', reason => {
    const question = replaceQuestion('/home/ana/draft.penholder.json', reason)
    expect(question.message).toContain('“draft.penholder.json”')
    expect(question.answers[question.defaultId]).toBe(false)
    expect(question.answers[question.buttons.indexOf('Replace')]).toBe(true)
  })
})

describe('problemBox', () => {
  it.each([
    [FileProblem.create('disk-full', 'save', '/mnt/usb/draft.penholder.json').message,
      'Penholder could not save “draft.penholder.json” in /mnt/usb.',
      'The disk is full. The file on disk has not been changed. Free some space, or save to another disk.'],
    [FileProblem.create('permission-denied', 'open', '/root/draft.penholder.json').message,
      'Penholder could not open “draft.penholder.json” in /root.',
      'Permission denied: your account may not read this file.'],
    ['Penholder could not print', 'Penholder could not print', '']
  ])('splits %j', (problem, message, detail) => {
    const box = problemBox(problem)
    expect([box.type, box.message, box.detail]).toEqual(['error', message, detail])
  })
})
