/**
 * Benchmarks on the synthetic national dataset, run on demand after `tsc -b` and `bench/load-national.ts`:
 * `node packages/api/bench/run.ts [compare|statements|load|import-export|portal …]` (all when none is named). Prints
 * Markdown and rewrites the generated part of docs/benchmarks.md from the latest result of every benchmark.
 */
import { compareQueries } from './benchmarks/compare-queries.ts';
import { importExport } from './benchmarks/import-export.ts';
import { loadAndMemory } from './benchmarks/load-and-memory.ts';
import { portalBuild } from './benchmarks/portal-build.ts';
import { statementCounts } from './benchmarks/statement-counts.ts';
import { openBenchContext, type BenchContext } from './measure/bench-context.ts';
import { MarkdownOut, saveSection, writeBenchmarksDoc } from './measure/bench-report.ts';
import { describeRun } from './measure/machine.ts';

const BENCHMARKS: Record<string, (context: BenchContext, out: MarkdownOut) => Promise<void>> = {
  compare: compareQueries,
  statements: statementCounts,
  load: loadAndMemory,
  'import-export': importExport,
  portal: portalBuild,
};
const ORDER = Object.keys(BENCHMARKS);

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in BENCHMARKS));
if (unknown.length > 0) {
  process.stderr.write(`Không có phép đo / Unknown benchmark: ${unknown.join(', ')}; có / available: ${ORDER.join(', ')}\n`);
  process.exit(2);
}
const context = await openBenchContext();
try {
  const header = new MarkdownOut();
  for (const line of await describeRun(context.database.url)) header.line(line);
  await saveSection('_header', header.lines.join('\n'));
  for (const name of asked.length > 0 ? asked : ORDER) {
    const out = new MarkdownOut();
    await BENCHMARKS[name]!(context, out);
    await saveSection(name, out.lines.join('\n'));
  }
  await writeBenchmarksDoc('', ['_header', 'dataset-load', ...ORDER]);
} finally {
  await context.close();
}
