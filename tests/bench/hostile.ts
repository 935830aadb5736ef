/**
 * Hostile inputs (`npm run bench -- --only hostile [--hostile 1000]`): the check must stay linear in
 * time and bounded in memory whatever a file holds (docs/limits.md). On a generated tree of
 * `accounts`, prints:
 *  (a) the check's time on the tree, and on the same tree with one 1 MB line (in a draft file,
 *      which no-secrets scans whole, and in a quarter table, which the line limit stops);
 *      target: within 3× of the tree without it;
 *  (b) the peak memory (whole process tree) and output size of `npm run check -- --format json`
 *      with a 200 MB statistics file full of errors (past the table size limit), and with one
 *      just under that limit, also full of errors (its rows read and checked); target: under 1.5 GB.
 * Prints figures; asserts nothing.
 */
import { closeSync, copyFileSync, mkdirSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../../src/lib/limits.ts';
import { runMeasured } from './tree-rss.ts';

const MB = 1 << 20;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Writes `bytes` of statistics rows, every one invalid (posts is not a number), in 1 MB pieces. */
function writeBadStats(path: string, bytes: number, account: string): number {
	const fd = openSync(path, 'w');
	let written = 0;
	let rows = 0;
	try {
		const header = 'account,week_start,posts,views,subscribers,comments,comments_removed,users_blocked\n';
		written += writeSync(fd, header);
		while (written < bytes) {
			let piece = '';
			while (piece.length < MB) piece += `${account},2025-01-06,много${rows++ % 1000},-5,x,,,\n`;
			written += writeSync(fd, piece);
		}
	} finally {
		closeSync(fd);
	}
	return rows;
}

export async function hostileBench(root: string, tree: string, log: (line: string) => void): Promise<string[]> {
	const env = { ...process.env };
	const check = (extra: string[] = [], stdoutFile?: string) =>
		runMeasured(process.execPath, [join(root, 'src/cli/check.ts'), '--data', tree, ...extra], {
			cwd: root,
			env,
			...(stdoutFile ? { stdoutFile } : {}),
		});
	const org = readdirSync(join(tree, 'orgs')).sort()[0]!;
	const account = readdirSync(join(tree, 'orgs', org, 'accounts'))
		.sort()[0]!
		.replace(/\.yaml$/, '');
	const stats = join(tree, 'orgs', org, 'stats', '2025-q1.csv');
	const saved = join(root, '.bench', 'hostile-saved.csv');
	copyFileSync(stats, saved);
	const lines: string[] = [
		'',
		`Hostile inputs (tests/bench/hostile.ts), tree ${tree}:`,
		'',
		'| case | check time | vs. the tree alone | peak RSS (process tree) | output |',
		'|---|---:|---:|---:|---:|',
	];
	const row = (name: string, run: { ms: number; peakMb: number }, base: number | undefined, out?: string) =>
		lines.push(
			`| ${name} | ${s(run.ms)} | ${base ? `${(run.ms / base).toFixed(2)}×` : '—'} | ${run.peakMb} MB | ${out ? `${(statSync(out).size / MB).toFixed(1)} MB` : '—'} |`,
		);
	try {
		log('hostile: the tree alone …');
		const base = await check();
		row('the tree alone', base, undefined);

		// (a) One line of 1 MB, built to make the old e-mail pattern retry from every position.
		const line = `${'a.'.repeat(MB / 2)}@b\n`;
		const draft = join(tree, '_drafts');
		mkdirSync(draft, { recursive: true });
		const fd = openSync(join(draft, 'notes.txt'), 'w');
		writeSync(fd, line);
		closeSync(fd);
		log('hostile: a 1 MB line in a draft file …');
		row('+ a 1 MB line in a draft file (scanned by no-secrets)', await check(), base.ms);
		rmSync(draft, { recursive: true, force: true });
		const table = openSync(stats, 'a');
		writeSync(table, `${account},2025-03-31,1,1,,,,"${line.trim()}"\n`);
		closeSync(table);
		log('hostile: a 1 MB line in a quarter table …');
		row('+ a 1 MB line in a quarter table (line limit)', await check(), base.ms);

		// (b) Statistics full of errors, past the size limit and just under it.
		const out = join(root, '.bench', 'hostile-out.json');
		for (const [name, bytes] of [
			['200 MB statistics file full of errors', 200 * MB],
			[`${Math.floor((LIMITS.tableBytes - MB) / MB)} MB statistics file full of errors (under the size limit)`, LIMITS.tableBytes - MB],
		] as const) {
			log(`hostile: ${name} …`);
			const rows = writeBadStats(stats, bytes, account);
			const run = await check(['--format', 'json'], out);
			if (run.status !== 1) log(`  unexpected exit ${run.status}: ${run.stderr.slice(-2000)}`);
			row(`+ ${name} (${rows.toLocaleString('en')} rows), --format json`, run, base.ms, out);
		}
		rmSync(out, { force: true });
	} finally {
		copyFileSync(saved, stats);
		rmSync(saved, { force: true });
		rmSync(join(tree, '_drafts'), { recursive: true, force: true });
	}
	return lines;
}
