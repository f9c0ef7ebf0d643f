import { fileURLToPath } from 'node:url'
import { amendBenchMarkdown, runAmendBench } from './amend.bench'
import { cliBenchMarkdown, runCliBench } from './cli.bench'
import { compareBenchMarkdown, runCompareBench } from './compare.bench'
import { docxBenchMarkdown, runDocxBench } from './docx.bench'
import { editorBenchMarkdown, runEditorBench } from './editor.bench'
import { importBenchMarkdown, runImportBench } from './import.bench'
import { scalingBenchMarkdown, runScalingBench } from './scaling.bench'
import { runSections } from './benchmarksFile'

/// `npm run bench`: run the benchmarks, print their tables and write them into
/// docs/benchmarks.md, each into its own section. `npm run bench -- cli import` runs only
/// the sections named.
const file = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url))
const progress = (line: string) => { process.stderr.write(line + '\n') }

const benches: Array<[string, () => Promise<string> | string]> = [
  ['amend', () => amendBenchMarkdown(runAmendBench(progress))],
  ['editor', async () => editorBenchMarkdown(await runEditorBench(progress))],
  ['compare', async () => compareBenchMarkdown(await runCompareBench(progress))],
  ['import', () => importBenchMarkdown(runImportBench(progress))],
  ['cli', () => cliBenchMarkdown(runCliBench(progress))],
  ['scaling', () => scalingBenchMarkdown(runScalingBench(progress))],
  ['docx', async () => docxBenchMarkdown(await runDocxBench(progress))]
]

await runSections(file, 'bench', benches)
