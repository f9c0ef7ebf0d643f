import { readFileSync } from 'node:fs'
import { saveDocument } from '../../electron/services'

/// The child of the kill-during-save trials: saves two versions of a document over
/// `path` by turns, as fast as it can, through the app's own save, until it is killed.
/// It prints `ready` once, when the first save has completed.
const [path, first, second] = process.argv.slice(2)
const versions = [readFileSync(first, 'utf8'), readFileSync(second, 'utf8')]
for (let i = 0; ; i++) {
  await saveDocument(path, versions[i % 2])
  if (i === 0) process.stdout.write('ready\n')
}
