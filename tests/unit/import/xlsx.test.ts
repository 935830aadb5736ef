/**
 * Excel workbooks through the import: fixtures are built here with exceljs (Russian headers, real
 * date cells, numbers, a decimal comma typed as text, blank rows), then planned like CSV files.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { planImport, type ImportPlan, type InputFile, type PlanOptions } from '../../../src/import/plan.ts';
import { openRegistry } from '../../../src/import/registry.ts';
import { errorReport, formatError } from '../../../src/import/report.ts';
import { cellText, columnLetter, loadSpreadsheets, readWorkbook, spreadsheetFormat } from '../../../src/import/xlsx.ts';
import { WEEKLY_STATS_COLUMNS } from '../../../src/schemas/weekly-stats.ts';
import { REPLY_LOG_COLUMNS } from '../../../src/schemas/reply-log.ts';

const FIXTURE = join(import.meta.dirname, '../../fixtures/valid');
let tree: string;
let inbox: string;

beforeEach(() => {
	tree = mkdtempSync(join(tmpdir(), 'portal-xlsx-'));
	cpSync(FIXTURE, tree, { recursive: true });
	inbox = mkdtempSync(join(tmpdir(), 'portal-xlsx-inbox-'));
});

type Cell = string | number | Date | null | ExcelJS.CellValue;
/** Sheet name → rows (arrays of cells; `null` for a blank cell, `[]` for a blank row). */
type Book = Record<string, Cell[][]>;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function writeBook(name: string, book: Book, setup?: (workbook: ExcelJS.Workbook) => void): Promise<string> {
	const workbook = new ExcelJS.Workbook();
	for (const [sheetName, rows] of Object.entries(book)) {
		const sheet = workbook.addWorksheet(sheetName);
		rows.forEach((cells, i) => {
			cells.forEach((value, j) => {
				if (value !== null) sheet.getCell(i + 1, j + 1).value = value as ExcelJS.CellValue;
			});
		});
	}
	setup?.(workbook);
	const abs = join(inbox, name);
	writeFileSync(abs, Buffer.from(await workbook.xlsx.writeBuffer()));
	return abs;
}

async function plan(books: Record<string, Book>, options: Partial<PlanOptions> = {}): Promise<ImportPlan> {
	const inputs: InputFile[] = [];
	for (const [name, book] of Object.entries(books)) inputs.push({ abs: await writeBook(name, book), file: name });
	await loadSpreadsheets(inputs);
	return planImport(inputs, openRegistry(tree), { dataDir: tree, ...options });
}

const errors = (p: ImportPlan) => p.errors.map(formatError);
const target = (p: ImportPlan, path: string) => p.targets.find((t) => t.abs === join(tree, path));

const STATS_HEADER = ['Аккаунт', 'Неделя с', 'Публикаций', 'Просмотров'];

describe('xlsx import', () => {
	it('reads Russian headers, date cells, numbers and a decimal comma typed as text into canonical rows', async () => {
		const p = await plan({
			'стат.xlsx': {
				Статистика: [
					STATS_HEADER,
					['test-admin-vk', day('2026-07-06'), 7, 1500],
					[],
					// «12,0» typed as text; a week typed as text in the Russian form; a link instead of an id.
					['https://vk.com/test_admin', '13.07.2026', '12,0', '2 500'],
					[null, null, null, null],
					['test-admin-ok', day('2026-07-06'), { formula: '3+2', result: 5 }, null],
				],
				// Notes on another sheet name no known column: not a table, skipped.
				Пояснения: [['Статистику заполняет пресс-служба'], ['Срок — до 5 числа']],
			},
		});
		expect(errors(p)).toEqual([]);
		expect(p.read).toEqual([{ file: 'стат.xlsx [лист «Статистика»]', kind: 'stats', rows: 3 }]);
		const stats = target(p, 'orgs/test-admin/stats/2026-q3.csv')!;
		expect(stats.counts).toEqual({ added: 0, replaced: 3, kept: 23, removed: 3 });
		const lines = stats.text!.split('\n');
		expect(lines[0]).toBe('account,week_start,posts,views');
		expect(lines).toContain('test-admin-vk,2026-07-06,7,1500');
		expect(lines).toContain('test-admin-vk,2026-07-13,12,2500');
		// A blank cell stays blank: the row's other columns are still imported.
		expect(lines).toContain('test-admin-ok,2026-07-06,5,');
	});

	it('rejects the whole import, naming sheet, row and column header of every error, all errors of a row at once', async () => {
		const rows: Cell[][] = [STATS_HEADER, ['test-admin-vk', day('2026-08-03'), 4, 100]];
		while (rows.length < 11) rows.push([]); // rows 3–11 blank
		rows.push(['test-admin-vk', day('2026-08-10'), '2,5', 100]); // row 12
		rows.push(['test-admin-ok', day('2026-08-12'), 3, { error: '#N/A' }]); // row 13: not a Monday, an error cell
		rows.push(['nobody-vk', day('2026-08-17'), 3, null, 'забыли заголовок']); // row 14: unknown account, a cell under no header
		const p = await plan({ 'стат.xlsx': { Статистика: rows } });
		expect(errorReport(p.errors, ['стат.xlsx']).split('\n')).toEqual([
			'стат.xlsx [лист «Статистика»] строка 12:',
			'  столбец «Публикаций»: ожидалось целое число, а не «2,5»: впишите целое число, например 12',
			'стат.xlsx [лист «Статистика»] строка 13:',
			'  столбец «Неделя с»: неделя начинается в понедельник: 10.08.2026',
			'  столбец «Просмотров»: в ячейке ошибка Excel #Н/Д (#N/A): значение недоступно (формула не нашла, что искала, например в ВПР), исправьте формулу или впишите число',
			'стат.xlsx [лист «Статистика»] строка 14:',
			expect.stringMatching(/^ {2}столбец «Аккаунт»: аккаунт «nobody-vk» не найден в реестре/),
			'  значение «забыли заголовок» в столбце E без заголовка',
			'',
			'✖ 5 ошибок: ничего не записано. Исправьте файлы и запустите импорт снова.',
			'',
		]);
		expect(p.targets).toEqual([]);
	});

	it('imports every sheet whose headers match a table, each as its kind, and finds duplicates across sheets', async () => {
		const book: Book = {
			Июль: [STATS_HEADER, ['test-admin-vk', day('2026-07-06'), 9, 10]],
			'Контент-план': [
				['Дата', 'Аккаунт', 'Тема', 'Формат'],
				[day('2026-07-08'), 'test-admin-vk', 'Приём граждан', 'Фото'],
			],
			Август: [STATS_HEADER, ['test-admin-vk', day('2026-07-06'), 8, 10]],
		};
		const p = await plan({ 'отчёт.xlsx': book });
		expect(errors(p)).toEqual([
			'отчёт.xlsx [лист «Август»] строка 2: строка повторяет строку 2 листа «Июль» (аккаунт test-admin-vk, неделя с 06.07.2026): оставьте одну из них',
		]);
		delete book.Август;
		const ok = await plan({ 'отчёт.xlsx': book });
		expect(errors(ok)).toEqual([]);
		expect(ok.read.map((r) => `${r.file}: ${r.kind}`)).toEqual([
			'отчёт.xlsx [лист «Июль»]: stats',
			'отчёт.xlsx [лист «Контент-план»]: plans',
		]);
		expect(target(ok, 'orgs/test-admin/plans/2026-q3.csv')!.text).toContain('2026-07-08,test-admin-vk,,Приём граждан,photo');
	});

	it('says which sheet it cannot tell, and --kind reads the first sheet as that table', async () => {
		const book: Book = {
			Лист1: [
				['Аккаунт', 'Дата', 'Просмотров'],
				['test-admin-vk', day('2026-07-06'), 10],
			],
		};
		const [message] = errors(await plan({ 'x.xlsx': book }));
		expect(message).toMatch(
			/^x\.xlsx \[лист «Лист1»\] строка 1: не удалось понять, какая это таблица: на листе столбцы «Аккаунт», «Дата», «Просмотров»\./,
		);
		expect(message).toContain('статистика (--kind stats) — «Неделя с» (week_start), «Публикаций» (posts)');
		expect(errors(await plan({ 'x.xlsx': book }, { kind: 'stats' }))).toEqual([
			expect.stringContaining('x.xlsx [лист «Лист1»] строка 1, столбец «Дата»: неизвестный столбец «Дата»'),
			'x.xlsx [лист «Лист1»] строка 2: в таблице нет обязательного столбца «Неделя с»: добавьте его в строку заголовков и заполните',
			'x.xlsx [лист «Лист1»] строка 2: в таблице нет обязательного столбца «Публикаций»: добавьте его в строку заголовков и заполните',
		]);
	});

	it('refuses a sheet that looks like a table with a misspelt header rather than skip its rows', async () => {
		const p = await plan({
			'x.xlsx': {
				Статистика: [STATS_HEADER, ['test-admin-vk', day('2026-07-06'), 9, 10]],
				Сентябрь: [
					['Аккаунт', 'Неделя c', 'Публикаций'],
					['test-admin-vk', day('2026-09-07'), 9],
				], // Latin «c»
			},
		});
		expect(errors(p)).toEqual([expect.stringMatching(/^x\.xlsx \[лист «Сентябрь»\] строка 1: не удалось понять, какая это таблица/)]);
	});

	it('reads a date cell that lost its format (a serial number), and refuses times without a zone', async () => {
		const p = await plan({ 's.xlsx': { S: [STATS_HEADER, ['test-admin-vk', 46209, 3, 1]] } }); // 46209 = 06.07.2026
		expect(errors(p)).toEqual([]);
		expect(target(p, 'orgs/test-admin/stats/2026-q3.csv')!.text).toContain('test-admin-vk,2026-07-06,3,1');

		const replies = await plan({
			'r.xlsx': {
				Журнал: [
					['Номер', 'Аккаунт', 'Выявлено', 'Размещено'],
					['77', 'test-admin-vk', new Date(Date.UTC(2026, 6, 7, 9, 30)), '07.07.2026 12:00 +03:00'],
				],
			},
		});
		expect(errors(replies)).toEqual([
			'r.xlsx [лист «Журнал»] строка 2, столбец «Выявлено»: в ячейке дата и время Excel без часового пояса (07.07.2026 9:30): впишите значение текстом с поясом, например «07.07.2026 9:30 +03:00»',
		]);
	});

	it('explains an old .xls or a file that is not a workbook', async () => {
		const xls = join(inbox, 'old.xls');
		writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
		const broken = join(inbox, 'broken.xlsx');
		writeFileSync(broken, 'not a zip at all');
		const inputs: InputFile[] = [
			{ abs: xls, file: 'old.xls' },
			{ abs: broken, file: 'broken.xlsx' },
		];
		await loadSpreadsheets(inputs);
		const p = planImport(inputs, openRegistry(tree), { dataDir: tree });
		expect(errors(p)).toEqual([
			expect.stringMatching(/^old\.xls: файл в старом формате Excel \(\.xls\) или защищён паролем/),
			expect.stringMatching(/^broken\.xlsx: не удалось прочитать книгу Excel: откройте файл в Excel/),
		]);
	});

	it('will not read a workbook as CSV by mistake', async () => {
		const abs = await writeBook('s.xlsx', { S: [STATS_HEADER] });
		expect(() => planImport([{ abs, file: 's.xlsx' }], openRegistry(tree), { dataDir: tree })).toThrow(/loadSpreadsheets/);
	});
});

describe('cell conversion', () => {
	const spec = WEEKLY_STATS_COLUMNS;
	it('turns Excel values into the text a Russian CSV export would hold', () => {
		expect(cellText(day('2026-07-06'), spec.week_start, false)).toEqual({ text: '2026-07-06' });
		expect(cellText(new Date(Date.UTC(2026, 6, 6, 10, 15)), spec.week_start, false)).toEqual({
			problem: 'ожидалась дата без времени, а в ячейке 06.07.2026 10:15',
		});
		// Excel stores times as fractions of a day: a value may come back a hair short of the second.
		expect(cellText(new Date(Date.UTC(2026, 6, 5, 23, 59, 59, 999)), spec.week_start, false)).toEqual({ text: '2026-07-06' });
		expect(cellText(new Date(Date.UTC(2026, 6, 6, 10, 14, 59, 999)), REPLY_LOG_COLUMNS.received, false)).toEqual({
			problem: expect.stringContaining('(06.07.2026 10:15)'),
		});
		expect(cellText(12.5, spec.posts, false)).toEqual({ text: '12,5' });
		expect(cellText(46209, spec.week_start, false)).toEqual({ text: '2026-07-06' });
		expect(cellText(44747, spec.week_start, true)).toEqual({ text: '2026-07-06' }); // the 1904 calendar is 1462 days behind
		expect(cellText(12, spec.week_start, false)).toEqual({ text: '12' }); // not a plausible date: the schema explains
		expect(cellText(day('2026-07-06'), spec.account, false)).toEqual({ text: '06.07.2026' });
		expect(cellText(true, spec.account, false)).toEqual({ text: 'ИСТИНА' });
	});

	it('names columns by letter and tells workbooks apart by name or content', () => {
		expect([1, 5, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'E', 'Z', 'AA', 'AZ', 'AAA']);
		expect(spreadsheetFormat('a.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('xlsx');
		expect(spreadsheetFormat('a.XLSX', new Uint8Array())).toBe('xlsx');
		expect(spreadsheetFormat('a.xls', new Uint8Array())).toBe('xls');
		expect(spreadsheetFormat('a.csv', new TextEncoder().encode('account;posts'))).toBeUndefined();
	});

	it('counts a merged range once and skips hidden sheets', async () => {
		const workbook = new ExcelJS.Workbook();
		const hidden = workbook.addWorksheet('Списки');
		hidden.state = 'hidden';
		hidden.getCell('A1').value = 'Аккаунт';
		const sheet = workbook.addWorksheet('Данные');
		sheet.getCell('A1').value = 'Итого';
		sheet.mergeCells('A1:C1');
		const read = await readWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
		expect(read.ok && read.sheets.map((s) => [s.name, s.rows])).toEqual([['Данные', [{ line: 1, cells: ['Итого'] }]]]);
	});
});

describe('the written file', () => {
	it('is what a CSV import of the same rows writes', async () => {
		const xlsx = await plan({ 's.xlsx': { S: [STATS_HEADER, ['test-admin-vk', day('2026-07-06'), 7, 1500]] } });
		const csvPath = join(inbox, 's.csv');
		writeFileSync(csvPath, 'Аккаунт;Неделя с;Публикаций;Просмотров\ntest-admin-vk;06.07.2026;7;1 500\n');
		const csv = planImport([{ abs: csvPath, file: 's.csv' }], openRegistry(tree), { dataDir: tree });
		expect(xlsx.targets.map((t) => t.text)).toEqual(csv.targets.map((t) => t.text));
		expect(readFileSync(join(tree, 'orgs/test-admin/stats/2026-q3.csv'), 'utf8')).not.toContain('1500'); // planned, not written
	});
});
