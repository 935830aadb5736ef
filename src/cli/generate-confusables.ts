/**
 * `npm run confusables [-- --from confusables.txt]` — writes src/lib/links/confusables-data.ts, the
 * characters that UTS #39 (Unicode security mechanisms) says are drawn as ASCII letters and digits.
 *
 * Input: src/lib/links/confusables-ascii.txt, the rows of Unicode's confusables.txt whose prototype is
 * ASCII letters and digits only, kept verbatim under Unicode's own header (licence and version). With
 * --from, that subset is first cut afresh from a whole confusables.txt. The one in use (Unicode 15.0.0)
 * came from ICU's source as Debian ships it, which needs only Debian's package archive:
 *
 *   apt-get source --download-only icu      (bookworm: icu 72.1-3+deb12u1; needs a deb-src line)
 *   tar xzf icu_72.1.orig.tar.gz icu/source/data/unidata/confusables.txt
 *   npm run confusables -- --from icu/source/data/unidata/confusables.txt
 *
 * A newer Unicode release is taken the same way from a newer ICU source. tests/unit/links/confusables.test.ts
 * regenerates the module in memory and fails when the committed one differs, so nobody edits it by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCommandLine, runMain } from './usage-error.ts';

export const SUBSET_PATH = fileURLToPath(new URL('../lib/links/confusables-ascii.txt', import.meta.url));
export const MODULE_PATH = fileURLToPath(new URL('../lib/links/confusables-data.ts', import.meta.url));

const USAGE = `Использование: npm run confusables -- [--from ФАЙЛ]

Пересобирает src/lib/links/confusables-data.ts из src/lib/links/confusables-ascii.txt:
символы, которые таблица Unicode (UTS #39, confusables.txt) считает похожими на латинские буквы и цифры.

  --from ФАЙЛ  сначала заново выбрать эти строки из полного файла confusables.txt
               (например, из исходников ICU: icu/source/data/unidata/confusables.txt)

Код выхода: 0 — файлы записаны, 2 — неверный вызов или ошибка чтения.
`;

export interface ConfusableRow {
	source: string;
	prototype: string;
}

// '0041 ;\t0061 ;\tMA\t# ...': source code points ; prototype code points ; type (MA since Unicode 7).
const ROW = /^([0-9A-F]+(?: [0-9A-F]+)*)\s*;\s*([0-9A-F]+(?: [0-9A-F]+)*)\s*;\s*MA\b/;
const ASCII_ALNUM = /^[A-Za-z0-9]+$/;

const fromHex = (hex: string): string => String.fromCodePoint(...hex.split(' ').map((h) => Number.parseInt(h, 16)));

export function parseRows(text: string): ConfusableRow[] {
	const rows: ConfusableRow[] = [];
	for (const line of text.split('\n')) {
		const match = ROW.exec(line.replace(/^\uFEFF/, ''));
		if (match) rows.push({ source: fromHex(match[1] ?? ''), prototype: fromHex(match[2] ?? '') });
	}
	return rows;
}

export function unicodeVersion(text: string): string {
	const version = /^#\s*Version:\s*(\S+)/m.exec(text)?.[1];
	if (version === undefined) throw new Error('confusables.txt без строки «# Version:»');
	return version;
}

const NOTE = [
	'#',
	'# Subset kept by src/cli/generate-confusables.ts: only the rows whose prototype is ASCII letters',
	'# and digits, unchanged. Regenerate with `npm run confusables -- --from confusables.txt`.',
	'#',
];

/**
 * Unicode's header (its first comment block) and every row whose prototype is ASCII letters and digits.
 * Cutting a subset again gives the same subset: the note it adds is dropped from the header it copies.
 */
export function cutSubset(full: string): string {
	const lines = full.replace(/^\uFEFF/, '').split(/\r?\n/);
	const header: string[] = [];
	for (const line of lines) {
		if (!line.startsWith('#')) break;
		header.push(line);
	}
	const noted = header.findIndex((_, at) => NOTE.every((line, i) => header[at + i] === line));
	if (noted !== -1) header.splice(noted, NOTE.length);
	unicodeVersion(header.join('\n'));
	const kept = lines.filter((line) => {
		const match = ROW.exec(line);
		return match !== null && ASCII_ALNUM.test(fromHex(match[2] ?? ''));
	});
	return [...header, ...NOTE, ...kept, ''].join('\n');
}

function literal(chars: string): string {
	let out = '';
	for (const ch of chars) {
		// Marks, controls, format characters and spaces are written as escapes so the file reads safely.
		out += /[\p{M}\p{C}\p{Z}'\\]/u.test(ch) ? `\\u{${ch.codePointAt(0)?.toString(16).toUpperCase()}}` : ch;
	}
	return `'${out}'`;
}

/**
 * The generated module: per prototype (lowercased, since skeleton() is case-insensitive) the non-ASCII
 * characters drawn as it. ASCII sources ('m' → 'rn', '0' → 'O', '1', 'I', '|' → 'l') are left out:
 * skeleton() folds those itself, after the table, so that an ASCII name keeps its own letters.
 */
export function renderModule(subset: string): string {
	const groups = new Map<string, string[]>();
	for (const { source, prototype } of parseRows(subset)) {
		if (!ASCII_ALNUM.test(prototype) || /^[\x00-\x7F]+$/.test(source)) continue;
		const key = prototype.toLowerCase();
		groups.set(key, [...(groups.get(key) ?? []), source]);
	}
	const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	const body = [...groups.entries()]
		.sort(([a], [b]) => byCode(a, b))
		.map(([prototype, sources]) => {
			const key = /^[a-z_][a-z0-9_]*$/.test(prototype) ? prototype : `'${prototype}'`;
			return `\t${key}: ${literal(sources.sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join(''))},`;
		});
	return [
		'// Generated by `npm run confusables` (src/cli/generate-confusables.ts) from src/lib/links/confusables-ascii.txt.',
		'// Do not edit by hand: tests/unit/links/confusables.test.ts regenerates it and fails on any difference.',
		'',
		'/** The Unicode version of the confusables.txt this table was cut from. */',
		`export const UNICODE_VERSION = '${unicodeVersion(subset)}';`,
		'',
		'/**',
		' * UTS #39 confusables whose prototype is ASCII letters and digits: per prototype, lowercased, the',
		' * non-ASCII characters Unicode maps to it (a prototype may be a sequence, as Ю → lo, 𝐦 → rn).',
		' */',
		'export const ASCII_CONFUSABLES: Readonly<Record<string, string>> = {',
		...body,
		'};',
		'',
	].join('\n');
}

function main(): number {
	const args = parseCommandLine({ options: { from: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } } }).values;
	if (args.help) {
		process.stdout.write(USAGE);
		return 0;
	}
	if (args.from !== undefined) writeFileSync(SUBSET_PATH, cutSubset(readFileSync(args.from, 'utf8')));
	const subset = readFileSync(SUBSET_PATH, 'utf8');
	writeFileSync(MODULE_PATH, renderModule(subset));
	const rows = parseRows(subset).length;
	process.stdout.write(`confusables.txt ${unicodeVersion(subset)}: ${rows} строк → ${MODULE_PATH}\n`);
	return 0;
}

if (import.meta.main) await runMain(main, USAGE);
