/**
 * Command-line paths → input files, the data folder, and which inputs already lie at their place
 * in the tree (re-canonicalised in place, as the csv-canonical-form warning tells clerks to do).
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { classify, displayPath } from '../loaders/tree.ts';
import type { InputFile } from './plan.ts';

/** Bad usage rather than bad data: exit code 2 with the usage text. */
export class InputError extends Error {}

const QUARTERLY = /(?:^|[\\/])orgs[\\/][^\\/]+[\\/](?:stats|plans|replies)[\\/]\d{4}-q[1-4]\.csv$/;

export function resolveInputs(paths: readonly string[], dataOption: string | undefined): { dataDir: string; inputs: InputFile[] } {
	if (paths.length === 0) throw new InputError('Не указаны файлы для импорта.');
	const files = paths.map((path) => {
		if (!existsSync(path)) throw new InputError(`Файл «${path}» не найден.`);
		if (!statSync(path).isFile()) throw new InputError(`«${path}» — не файл (папку импортировать нельзя: перечислите файлы).`);
		return { abs: resolve(path), real: realpathSync(path) };
	});
	const dataDir = resolve(dataOption ?? inferDataDir(files.map((f) => f.real)) ?? 'data');
	if (!existsSync(dataDir) || !statSync(dataDir).isDirectory())
		throw new InputError(`Папка с данными «${displayPath(dataDir) || '.'}» не найдена.`);
	const realData = realpathSync(dataDir);
	const inputs: InputFile[] = [];
	const seen = new Set<string>();
	for (const { abs, real } of files) {
		// The same file named twice (or by two paths) is read once: it must not merge with itself.
		if (seen.has(real)) continue;
		seen.add(real);
		const input: InputFile = { abs, file: displayPath(abs) };
		const rel = relative(realData, real);
		if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) {
			const entry = classify(rel.split(sep), abs, input.file);
			if (entry.kind === 'series') input.place = { org: entry.org, series: entry.series, year: entry.year, quarter: entry.quarter };
		}
		inputs.push(input);
	}
	return { dataDir, inputs };
}

/**
 * Without --data: a quarterly table named by its place in some tree (the check prints such paths,
 * `tests/fixtures/x/orgs/…` as well as `data/orgs/…`) says which tree it is.
 */
function inferDataDir(reals: readonly string[]): string | undefined {
	const roots = new Set<string>();
	for (const real of reals) {
		if (!QUARTERLY.test(real)) continue;
		const root = dirname(dirname(dirname(dirname(real))));
		if (existsSync(join(root, 'site.yaml'))) roots.add(root);
	}
	if (roots.size > 1)
		throw new InputError(
			`Файлы лежат в разных папках данных (${[...roots].map((r) => displayPath(r)).join(', ')}): укажите одну параметром --data.`,
		);
	return roots.values().next().value;
}
