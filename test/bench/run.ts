import { fileURLToPath } from 'node:url'
import { amendBenchMarkdown, runAmendBench } from './amend.bench'
import { editorBenchMarkdown, runEditorBench } from './editor.bench'
import { writeBenchSection } from './benchmarksFile'

/// `npm run bench`: run the benchmarks, print their tables and write them into
/// docs/benchmarks.md, each into its own section.
const file = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url))
const progress = (line: string) => { process.stderr.write(line + '\n') }

const amend = amendBenchMarkdown(runAmendBench(progress))
process.stdout.write(amend + '\n')
writeBenchSection(file, 'amend', amend)

const editor = editorBenchMarkdown(await runEditorBench(progress))
process.stdout.write(editor + '\n')
writeBenchSection(file, 'editor', editor)
