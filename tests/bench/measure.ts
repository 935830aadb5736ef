/**
 * One measurement in a fresh process, so its peak memory is its own:
 *   node tests/bench/measure.ts parse|check DATA_DIR
 * Prints one JSON line: { ms, maxRssMb, ... }.
 *  - parse: what any checker must do at least — walk the tree, read every file, parse YAML with
 *    js-yaml and CSV with the project's reader; no validation, no rules.
 *  - serial: the check on one thread (runCheck);
 *  - check: the check as `npm run check` runs it (two threads where the machine has two cores).
 */
import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { readTable } from '../../src/lib/csv/index.ts';
import { SERIES } from '../../src/loaders/period.ts';
import { walkTree } from '../../src/loaders/tree.ts';
import { runCheck, runCheckAuto } from '../../src/engine/run.ts';

const [mode, dir] = process.argv.slice(2);
if ((mode !== 'parse' && mode !== 'check' && mode !== 'serial') || !dir) {
	process.stderr.write('usage: node tests/bench/measure.ts parse|serial|check DATA_DIR\n');
	process.exit(2);
}

const started = performance.now();
let detail: Record<string, number> = {};
if (mode === 'parse') {
	let rows = 0;
	let files = 0;
	for (const entry of walkTree(dir)) {
		files++;
		if (entry.kind === 'series') rows += readTable(readFileSync(entry.abs), SERIES[entry.series].columns).rows.length;
		else if (entry.abs.endsWith('.yaml')) jsYaml.load(readFileSync(entry.abs, 'utf8'), { schema: jsYaml.CORE_SCHEMA });
	}
	detail = { files, rows };
} else {
	const result = mode === 'serial' ? runCheck({ dataDir: dir }) : await runCheckAuto({ dataDir: dir });
	detail = { ...result.counts, findings: result.findings.length, errors: result.findings.filter((f) => f.severity === 'error').length };
}
const ms = Math.round(performance.now() - started);
process.stdout.write(`${JSON.stringify({ mode, ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), ...detail })}\n`);
