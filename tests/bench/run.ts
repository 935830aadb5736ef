/**
 * `npm run bench [-- --sizes 1000,20000,200000] [--build 1000,20000] [--lookup 200000] [--hostile 1000] [--only hostile]`
 *
 * Generates deterministic trees (cached in .bench/, gitignored) and prints, per size: the time to
 * merely parse the files, the time and peak memory of the check, and their ratio; the full site
 * build (check + Astro + Pagefind) time and peak memory; the link-check payload; and the check on
 * hostile inputs (tests/bench/hostile.ts; `--only hostile` runs that alone). Prints
 * figures, asserts nothing : targets are in the README beside them.
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GENERATOR_VERSION, generateBenchTree } from './generate.ts';
import { runMeasured } from './tree-rss.ts';
import { hostileBench } from './hostile.ts';

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ROOT = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '1000,20000,200000' },
		build: { type: 'string', default: '1000,20000' },
		lookup: { type: 'string', default: '200000' },
		hostile: { type: 'string', default: '1000' },
		only: { type: 'string' },
	},
});
if (values.only !== undefined && values.only !== 'hostile') throw new Error(`--only: expected «hostile», got «${values.only}»`);
if (values.only === 'hostile') Object.assign(values, { sizes: '', build: '', lookup: '' });
const list = (s: string) =>
	s
		.split(',')
		.map(Number)
		.filter((n) => n > 0);

function log(line: string): void {
	process.stderr.write(`${line}\n`);
}

/** A tree for `accounts`, generated once and kept under .bench/. */
function tree(accounts: number): string {
	const dir = join(ROOT, '.bench', `tree-${accounts}`);
	const stamp = join(dir, '.generated');
	const version = `${accounts} v${GENERATOR_VERSION}`;
	if (existsSync(stamp) && readFileSync(stamp, 'utf8') === version) return dir;
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	log(`generating ${accounts.toLocaleString('en')} accounts in ${dir} …`);
	const t = performance.now();
	generateBenchTree(dir, { accounts }, (done, total) => log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`));
	writeFileSync(stamp, version);
	log(`  generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
	return dir;
}

function measure(mode: 'parse' | 'serial' | 'check', dir: string): { ms: number; maxRssMb: number; rows?: number; errors?: number } {
	const run = spawnSync(process.execPath, [join(ROOT, 'tests/bench/measure.ts'), mode, dir], {
		cwd: ROOT,
		encoding: 'utf8',
		maxBuffer: 1 << 26,
	});
	if (run.status !== 0) throw new Error(`${mode} failed: ${run.stderr}`);
	return JSON.parse(run.stdout.trim().split('\n').pop()!);
}

/**
 * Full build as `npm run build` runs it (src/cli/build.ts: check, Astro in one or more processes,
 * search index), against a generated tree: total time and the peak memory of the whole process
 * tree; the step times are the ones the build prints.
 */
async function build(dir: string): Promise<{ ms: number; maxRssMb: number; peakAtMs: number; pages: number; steps: string }> {
	const out = join(ROOT, '.bench', `dist-${dir.split('-').pop()}`);
	const next = `${out}.next`;
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
	// As on a fresh clone: into a folder of its own, so the build neither moves the last run's output
	// aside nor deletes it. That output is deleted after the measured build, never just before it: on
	// this machine's file system (ext4 without a journal) files created in the minute after a large
	// deletion cost five times the kernel time (20,000 files: 11.3 s against 2.3 s), and the
	// 200,000-account output is 360,000 files (build budget, docs/benchmarks.md).
	rmSync(next, { recursive: true, force: true });
	// The record history is the tree's repository's, as for a real site's data folder: only the
	// bundled demo gets its story history, though the trees say `demo: true` for their fixed check date.
	const run = await runMeasured(process.execPath, [join(ROOT, 'src/cli/build.ts'), '--data', dir, '--out', next], {
		cwd: ROOT,
		env,
	});
	if (run.status !== 0) throw new Error(`build failed:\n${run.stderr.slice(-3000)}`);
	rmSync(out, { recursive: true, force: true });
	renameSync(next, out);
	// «Сайт собран в … за 412,3 с: проверка 47,1 с, Astro (2 процесса) 290,0 с, …».
	const steps = /собран в .* за [^:]+: (.*)\.$/m.exec(run.stderr)?.[1] ?? '(no step times printed)';
	log(`  ${s(run.ms)}, peak ${run.peakMb} MB at ${s(run.peakAtMs)}: ${steps}`);
	const pages = spawnSync('find', [out, '-name', '*.html'], { encoding: 'utf8', maxBuffer: 1 << 28 })
		.stdout.split('\n')
		.filter(Boolean).length;
	return { ms: Math.round(run.ms), maxRssMb: run.peakMb, peakAtMs: Math.round(run.peakAtMs), pages, steps };
}

const lines: string[] = [
	`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
	'',
];

if (list(values.sizes).length)
	lines.push(
		'| accounts | stats rows | parse only (1 thread) | check, 1 thread | check, as npm run check | check / parse | check peak RSS |',
		'|---:|---:|---:|---:|---:|---:|---:|',
	);
for (const size of list(values.sizes)) {
	const dir = tree(size);
	log(`measuring ${size} …`);
	const parse = measure('parse', dir);
	const serial = measure('serial', dir);
	const check = measure('check', dir);
	lines.push(
		`| ${size.toLocaleString('en')} | ${(parse.rows ?? 0).toLocaleString('en')} | ${s(parse.ms)} | ${s(serial.ms)} | ${s(check.ms)} | ${(check.ms / parse.ms).toFixed(2)}× | ${check.maxRssMb} MB |`,
	);
	if (check.errors) lines.push(`(check found ${check.errors} errors in the generated tree: the generator and the rules disagree)`);
}

if (list(values.build).length) {
	lines.push(
		'',
		'| accounts | full build (npm run build) | pages | peak RSS (process tree) | steps, as the build prints them |',
		'|---:|---:|---:|---:|---|',
	);
	for (const size of list(values.build)) {
		log(`building the site for ${size} …`);
		const result = await build(tree(size));
		lines.push(
			`| ${size.toLocaleString('en')} | ${s(result.ms)} | ${result.pages.toLocaleString('en')} | ${result.maxRssMb} MB at ${s(result.peakAtMs)} | ${result.steps} |`,
		);
	}
}

if (list(values.lookup).length) {
	log('measuring link-check payload …');
	const run = spawnSync(process.execPath, [join(ROOT, 'tests/bench/lookup-payload.ts'), ...list(values.lookup).map(String)], {
		cwd: ROOT,
		encoding: 'utf8',
		maxBuffer: 1 << 26,
	});
	lines.push('', 'Link-check payload (tests/bench/lookup-payload.ts):', run.stdout.trim());
}

for (const size of list(values.hostile)) lines.push(...(await hostileBench(ROOT, tree(size), log)));

process.stdout.write(`${lines.join('\n')}\n`);
