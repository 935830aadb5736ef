/**
 * Throughput of the tolerant CSV reader (target: 300k rows/s on one core). Prints, asserts
 * nothing: timings belong in review, not in CI. Run: npm exec -- node tests/bench/csv-throughput.ts
 */
import { parse } from 'csv-parse/sync';
import { readTable, writeTable } from '../../src/lib/csv/index.ts';
import { WEEKLY_STATS_COLUMNS } from '../../src/schemas/weekly-stats.ts';

const ROWS = 300_000;
const COLUMNS = ['account', 'week_start', 'posts', 'posts_photo', 'posts_video', 'views', 'subscribers', 'comments'];

function canonicalRows(count: number, offset = 0) {
	return Array.from({ length: count }, (_, k) => {
		const i = k + offset;
		const day = 5 + 7 * (i % 52);
		const date = new Date(Date.UTC(2026, 0, day)).toISOString().slice(0, 10);
		return {
			account: `primer-${i % 97}-vk`,
			week_start: date,
			posts: i % 30,
			posts_photo: i % 7,
			posts_video: i % 3,
			views: (i * 37) % 100_000,
			subscribers: 10_000 + (i % 5000),
			comments: i % 13,
		};
	});
}

const cp1251 = (text: string) =>
	Uint8Array.from(text, (ch) => {
		const c = ch.charCodeAt(0);
		return c >= 0x410 && c <= 0x44f ? c - 0x410 + 0xc0 : c === 0xa0 ? 0xa0 : c;
	});

/** The same rows as a Russian Excel export: 1251, `;`, CRLF, DD.MM.YYYY, NBSP thousands. */
function excelText(rows: ReturnType<typeof canonicalRows>): string {
	const head = 'Аккаунт;Неделя с;Публикаций;Фото;Видео;Просмотров;Подписчиков;Комментариев\r\n';
	const group = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, '\u00a0');
	return (
		head +
		rows
			.map(
				(r) =>
					`${r.account};${r.week_start.split('-').reverse().join('.')};${r.posts};${r.posts_photo};${r.posts_video};${group(r.views)};${group(r.subscribers)};${r.comments}\r\n`,
			)
			.join('')
	);
}

/** Median and best of several runs: the machine is shared, single runs vary by ±40%. */
function time(label: string, rows: number, run: () => number): void {
	run(); // warm-up
	const seconds: number[] = [];
	for (let k = 0; k < 5; k++) {
		const start = performance.now();
		const got = run();
		seconds.push((performance.now() - start) / 1000);
		if (got !== rows) throw new Error(`${label}: read ${got} rows, expected ${rows}`);
	}
	seconds.sort((a, b) => a - b);
	const rate = (s: number) =>
		Math.round(rows / s)
			.toLocaleString('en')
			.padStart(9);
	console.log(`${label.padEnd(52)} median ${rate(seconds[2]!)} rows/s, best ${rate(seconds[0]!)} rows/s`);
}

const rows = canonicalRows(ROWS);
const canonical = new TextEncoder().encode(writeTable(COLUMNS, rows));
const excel = cp1251(excelText(rows));

// ~200,000 small files at national scale: 20,000 files of 15 rows here.
const SMALL = 15;
const small = Array.from({ length: ROWS / SMALL }, (_, f) =>
	new TextEncoder().encode(writeTable(COLUMNS, rows.slice(f * SMALL, (f + 1) * SMALL))),
);
const smallExcel = Array.from({ length: ROWS / SMALL }, (_, f) => cp1251(excelText(rows.slice(f * SMALL, (f + 1) * SMALL))));

console.log(`${ROWS.toLocaleString('en')} rows × ${COLUMNS.length} columns, ${process.version}`);
time('one canonical UTF-8 file (check path)', ROWS, () => readTable(canonical, WEEKLY_STATS_COLUMNS).rows.length);
time('one Excel 1251 `;` file (import path)', ROWS, () => readTable(excel, WEEKLY_STATS_COLUMNS).rows.length);
time(`${small.length.toLocaleString('en')} canonical files of ${SMALL} rows`, ROWS, () =>
	small.reduce((n, b) => n + readTable(b, WEEKLY_STATS_COLUMNS).rows.length, 0),
);
time(`${smallExcel.length.toLocaleString('en')} Excel files of ${SMALL} rows`, ROWS, () =>
	smallExcel.reduce((n, b) => n + readTable(b, WEEKLY_STATS_COLUMNS).rows.length, 0),
);
time('writeTable', ROWS, () => writeTable(COLUMNS, rows).split('\n').length - 2);
// Reference point for why src/lib/csv/scan.ts exists: csv-parse alone, before any normalisation.
time('csv-parse/sync { info, raw } (parse only, reference)', ROWS, () => parse(canonical, { info: true, raw: true }).length - 1);
