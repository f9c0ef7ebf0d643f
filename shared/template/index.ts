export { template2388 } from './template2388'
export { resolution2388PressRelease } from './resolution2388Text'
export { followUpDraft, type FollowUpDraft } from './followUp'
export { unDate, unDateTime } from './unDate'
