import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openDocument } from '../../electron/services'
import { documentText } from '../../renderer/host/browser/documentText'
import { runSections } from '../bench/benchmarksFile'
import { answers, brokenCorpus, generatedBroken } from '../support/fileAnswers'
import { runKillTrials } from './killDuringSave'
import { runMainThread } from './mainThread'

/// `npm run reliability`: the figures of docs/reliability.md, each section rewritten by
/// its own measurement (`npm run reliability -- kill files` runs only those named).
const file = fileURLToPath(new URL('../../docs/reliability.md', import.meta.url))
const root = fileURLToPath(new URL('../..', import.meta.url))
const progress = (line: string) => { process.stderr.write(line + '\n') }
const today = new Date().toISOString().slice(0, 10)

async function killSection(): Promise<string> {
  const trials = 100
  const run = await runKillTrials(trials, progress)
  return [
    '## Saves killed midway',
    '',
    `Measured ${today} with \`npm run reliability -- kill\` (\`test/reliability/killDuringSave.ts\`): a process saves a document by turns in two versions through the app's own save (\`saveDocument\`, an atomic write), and is killed with SIGKILL at a seeded random moment; after each kill the file must be one of the two versions exactly.`,
    '',
    '| trials | corrupted files | trials that left a temporary file |',
    '| ---: | ---: | ---: |',
    `| ${run.trials} | ${run.corrupted} | ${run.leftovers} |`,
    '',
    'Temporary files a killed save leaves (`.<name>.<random>.tmp`) are removed the next time the desktop opens that document, once they are a minute old (`electron/services/documentStore.ts`).'
  ].join('\n')
}

async function filesSection(): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'penholder-broken-'))
  const lines = ['## Broken files, one answer in every edition', '',
    `Measured ${today} with \`npm run reliability -- files\`; the same check runs in \`npm test\` (\`test/unit/fileAnswers.test.ts\`). Each file of \`test/corpus/broken/\` (and the large ones made at run time) is opened by the command (\`penholder info\`), the desktop host (File ▸ Open) and the web edition (the picked file); the problem each states, without its own way of naming the file, must be the same.`, '',
    '| file | size | the answer | command | desktop | web |', '| --- | ---: | --- | --- | --- | --- |']
  try {
    const names = [...readdirSync(brokenCorpus).filter(name => name.endsWith('.penholder')), ...Object.keys(generatedBroken)]
    for (const name of names) {
      const path = join(folder, name)
      if (name in generatedBroken) writeFileSync(path, generatedBroken[name]())
      else copyFileSync(join(brokenCorpus, name), path)
      const said = await answers(path, join(folder, 'desktop'))
      const answer = said.cli ?? 'opened'
      const same = (edition: string | null) => (edition ?? 'opened') === answer ? 'same' : `differs: ${edition}`
      lines.push(`| ${name} | ${statSync(path).size.toLocaleString('en')} B | ${answer.replace(/\|/g, '\\|')} | ${same(said.cli)} | ${same(said.desktop)} | ${same(said.web)} |`)
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
  return lines.join('\n')
}

/// How long each edition takes to refuse a 52 MB document: from its size alone, unread.
async function oversizeSection(): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'penholder-oversize-'))
  const path = join(folder, 'huge.penholder')
  try {
    writeFileSync(path, '{"format":"penholder","x":"' + 'x'.repeat(52 * 1024 * 1024) + '"}')
    const time = async (run: () => Promise<unknown>) => { const start = performance.now(); await run(); return performance.now() - start }
    const cli = spawnSync(process.execPath, [join(root, 'bin/penholder.js'), 'info', path], { encoding: 'utf8' })
    const cliTime = await time(async () => spawnSync(process.execPath, [join(root, 'bin/penholder.js'), 'info', path]))
    const bare = await time(async () => spawnSync(process.execPath, ['-e', '0']))
    const desktopTime = await time(() => openDocument(path).catch(() => undefined))
    const { openAsBlob } = await import('node:fs') as unknown as { openAsBlob(path: string): Promise<Blob> }
    const blob = await openAsBlob(path)
    const webTime = await time(() => documentText(new File([blob], 'huge.penholder')))
    return ['## A 52 MB document', '',
      `Measured ${today} with \`npm run reliability -- oversize\`. Every edition refuses it from its size, before reading it: \`${cli.stderr.trim().replace(folder, '…')}\` (exit ${cli.status}).`, '',
      '| edition | time to the refusal |', '| --- | ---: |',
      `| command (\`penholder info\`, a whole process; \`node -e 0\` takes ${bare.toFixed(0)} ms) | ${cliTime.toFixed(0)} ms |`,
      `| desktop (\`openDocument\`) | ${desktopTime.toFixed(1)} ms |`,
      `| web edition (\`documentText\` of the picked File) | ${webTime.toFixed(1)} ms |`].join('\n')
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

async function mainThreadSection(): Promise<string> {
  const load = loadavg()[0]
  const { rows } = await runMainThread(progress)
  return ['## The page\'s main thread', '',
    `Measured ${today} with \`npm run reliability -- main-thread\` (\`test/reliability/mainThread.ts\`) in Debian's Chromium on the built web edition: the longest task (PerformanceObserver \`longtask\`) while each action ran, and how many tasks took over 200 ms, on ${cpus().length} cores shared with other work (load average ${load.toFixed(1)} as it began). Target: no task over 200 ms, the rest in slices.`, '',
    '| action | longest task | tasks over 200 ms | until done | target ≤ 200 ms |', '| --- | ---: | ---: | ---: | --- |',
    ...rows.map(r => `| ${r.action} | ${r.longestTask.toFixed(0)} ms | ${r.over200} | ${r.total.toFixed(0)} ms | ${r.longestTask <= 200 ? 'met' : 'missed'} |`), '',
    'Each row counts the tasks from the action\'s start (the page\'s load is not counted). A paste of more than 200,000 characters or 2,000 lines (`renderer/paste/bigPaste.ts`) is read by the importer in a Web Worker (`renderer/worker/`), then inserted in slices paced to about 100 ms each for its script and the frame that lays its paragraphs out together (50 to 400 paragraphs), each its own task and the next one after that frame, with its progress and a Cancel button (one undo step; Cancel is that undo). The 16,000 lines are put in the page before the paste\'s timing starts: handed over with the paste, their crossing of the DevTools protocol was a task of the test\'s own of 0.4 to 1.1 s. Meanwhile the text has neither the focus nor the page\'s selection, which ProseMirror would put back after each slice (a layout of the whole text), and it stays editable with its input refused: making it read-only and editable again had Chromium lay out all 8,000 paragraphs anew (2 s). The outline and the amendments panel render only the rows near the visible ones (`renderer/panels/rowWindow.ts`), some 250 of the 8,000, and word only those amendments: the panels\' one render of 8,000 rows was the 31.9 s task of the first measurement. Files picked or dropped are read and checked in the worker (`decodeText`, `parseDocumentFile`, `docxFile`); one over 100,000 characters is read there for the editor too and its documents, every version, rebuilt on the page in 30 ms slices (`renderer/document/openSession.ts`), no longer parsed a second time on the main thread (0.6 s for 32 MB); the web edition keeps an uploaded file\'s copy for its recent files as a Blob, since storing and listing the text itself in IndexedDB held the page 0.5 s each.',
    '',
    'Since the first measurement (longest task 749 ms, 63 tasks over 200 ms and 37.0 s with the panels open; 956 ms, 89 and 52.1 s with them closed, at load average 6.4), a slice of the paste costs its own paragraphs, not the text: the paragraph ids are checked only in the ranges a transaction changed (`paragraphIds`, `shared/schema/pid.ts`; the walk of the whole text was 2.5 s over the paste); a run of new paragraphs becomes inserted entries of the amendment diff (`withInsertedRun`, `shared/amend/incremental.ts`; `diffDocuments` again was 1.2 s) and is drawn alone on the mapped redline (`renderer/editor/redline.ts`; the redraw of every paragraph was 300 to 700 ms a slice); the journal of unsaved work sends a big text to the worker a paragraph at a time in 30 ms slices (`renderer/worker/documentJson.ts`). A paste\'s new paragraphs are drawn as spans, not as the custom highlight of words typed into base paragraphs: a highlight with one range per pasted paragraph had Chromium mark every range again at each frame (longest task 1,033 ms, 117 tasks over 200 ms). Once the last slice is in, the scroll to the caret waits for the frame that lays it out, the panels render as a React transition (in slices React yields between) and measure their rows in an animation frame (`renderer/panels/rowWindow.ts`): before, the scroll and the two panels each made a layout of the whole text inside a script task (a 522 to 664 ms task at the end of the paste, with a 170 ms garbage collection).',
    '',
    `Then the frames. After each slice Chromium spent some 80 to 100 ms of processor time (a median at load average 4 to 6) on style, layout, pre-paint, paint, hit-testing and commit, however few paragraphs the slice adds: work in proportion to the whole text inside the browser, which slicing cannot shorten. To find what in a paragraph costs it, the same frame (50 pasted paragraphs inserted among 8,000) was measured in processor time from Chromium traces, 42 to 56 frames for each change of style sheet, interleaved: a paragraph inserted whole marked by a widget in the margin cost 16% of the frame (135 against 163 ms, 121 against 145 ms), so its bar is now drawn by the style sheet from the span of its words (as a class on the paragraph, a node decoration, it was worse: ProseMirror reads through a part's node decorations for each of its paragraphs at every update, 9.3 s over the paste); the gutter label (\`::after\`, absolutely positioned) costs 28 to 32% (74 against 108 ms), of which its positioning 17% (96 against 115 ms); the CSS counters nothing (\`attr()\` in their place: 117 against 110 ms); a stacking context or paint containment around the text nothing; the number as a \`::marker\` with the label floated, more. No inline or float layout puts the number flush with the margin and the label in the gutter both, so past 2,000 paragraphs and headings the gutter labels are left to the outline (\`longTextParagraphs\`, \`renderer/editor/numbering.ts\`; the longest real resolutions hold a few hundred). Taking them away lays every paragraph out again (a task of 623 ms when the paste crossed 2,000), so a paste that will cross the line takes them away with its first slice, while the text is short. With that the paste took 8 to 10 s instead of 18 to 22 s, and its longest task was 165 and 198 ms with the panels open, 210 and 216 ms with them closed (two runs on a quiet machine, load average 2 to 3): one or two frames after the last slice whose commit to the compositor held the main thread 110 to 180 ms, with or without the scroll to the caret (traced both ways) and not from a focus ring (the text has none). What took the frames under 200 ms: in a long text a paragraph out of view is neither laid out nor painted (\`content-visibility: auto\` on the paragraph itself, its last height kept; \`renderer/styles/resolution.css\`), so a frame costs the paragraphs in view, not the text. The paste now takes some 3.3 s and its longest task was 89, 86 and 91 ms with the panels open, 103, 92 and 85 ms with them closed (three runs on a quiet machine). The style containment that comes with it scopes a counter incremented inside the paragraph, so a paragraph holding a footnote is left out (its notes would count from 1 again); the paragraph's own number and its subparagraphs' letters count on, as Chromium draws them. A first try had put it on a wrapper of each paragraph's text with the labels still drawn (452 to 285 ms: 8,000 more elements for its intersection observer, 60 to 90 ms a frame). Runs differ widely on this shared machine: before the labels went, the same paste measured 220 to 270 ms on a quiet machine and 450 to 780 ms at load average 3 to 6. Opening: the text crosses to the workers twice, once for the check of the picked file and once for the editor (some 150 ms each way for 32 MB on this machine), and the workspace's first render and the editor's view take one task of about 150 ms.`
  ].join('\n')
}

function dependenciesSection(): string {
  const listed = JSON.parse(execFileSync('npm', ['ls', '--omit=dev', '--depth=0', '--json'], { cwd: root, encoding: 'utf8' })) as { dependencies: Record<string, { version: string }> }
  const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8' })
  let verdict: string
  try {
    const report = JSON.parse(audit.stdout) as { metadata?: { vulnerabilities?: Record<string, number> }, error?: { summary?: string }, message?: string }
    // The endpoint's answer, without its address.
    const refusal = (report.error?.summary || report.message || 'no report').split('\n')[0].replace(/\s*-\s*(POST|GET)\s+\S+/, '')
    verdict = report.metadata?.vulnerabilities
      ? `\`npm audit --omit=dev\`: ${Object.entries(report.metadata.vulnerabilities).map(([k, v]) => `${v} ${k}`).join(', ')}.`
      : `\`npm audit --omit=dev\` could not run here: the registry's advisory endpoint answered ${refusal}. The list above is what to check where the registry's advisories can be reached.`
  } catch {
    verdict = `\`npm audit --omit=dev\` could not run here (exit ${audit.status}: ${(audit.stderr || audit.stdout).trim().split('\n')[0]}). The list above is what to check where the registry's advisories can be reached.`
  }
  return ['## Production dependencies', '', `Listed ${today} with \`npm run reliability -- dependencies\` (\`npm ls --omit=dev --depth=0\`).`, '',
    '| package | version |', '| --- | --- |',
    ...Object.entries(listed.dependencies).map(([name, d]) => `| ${name} | ${d.version} |`), '', verdict].join('\n')
}

const sections: Array<[string, () => Promise<string> | string]> = [
  ['kill', killSection],
  ['files', filesSection],
  ['oversize', oversizeSection],
  ['main-thread', mainThreadSection],
  ['dependencies', dependenciesSection]
]

await runSections(file, 'reliability', sections)
