import { fileURLToPath } from 'node:url'
import { amendBenchMarkdown, runAmendBench } from './amend.bench'
import { writeBenchSection } from './benchmarksFile'

/// `npm run bench`: run the benchmarks, print their tables and write them into
/// docs/benchmarks.md.
const file = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url))
const amend = amendBenchMarkdown(runAmendBench(line => process.stderr.write(line + '\n')))
process.stdout.write(amend + '\n')
writeBenchSection(file, 'amend', amend)
