import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/lib/csv/index.ts';
import { excelErrorMessage } from '../../../src/lib/excel-errors.ts';
import { WEEKLY_STATS_COLUMNS } from '../../../src/schemas/weekly-stats.ts';

const CODES = [
	['#Н/Д', '#N/A'],
	['#ДЕЛ/0!', '#DIV/0!'],
	['#ЗНАЧ!', '#VALUE!'],
	['#ССЫЛКА!', '#REF!'],
	['#ЧИСЛО!', '#NUM!'],
	['#ИМЯ?', '#NAME?'],
	['#ПУСТО!', '#NULL!'],
] as const;

describe('Excel error cells', () => {
	it.each(CODES)('%s and %s exported to CSV get their own message, at their cell', (russian, english) => {
		const { problems, rows } = readTable(
			new TextEncoder().encode(`Аккаунт;Неделя с;Публикаций;Просмотров\ntest-admin-vk;06.07.2026;${russian};${english}\n`),
			WEEKLY_STATS_COLUMNS,
		);
		expect(rows).toHaveLength(1);
		expect(problems.map((p) => `${p.line}:${p.column} ${p.header}: ${p.message.slice(0, p.message.indexOf(':', 20))}`)).toEqual([
			`2:26 Публикаций: в ячейке ошибка Excel ${russian}`,
			`2:${27 + russian.length} Просмотров: в ячейке ошибка Excel ${russian} (${english})`,
		]);
		for (const p of problems) expect(p.message).toMatch(/: .+, исправьте формулу или впишите число$/);
	});

	it('names what the column expects, and leaves text that only starts with # alone', () => {
		expect(excelErrorMessage('#Н/Д', 'count')).toBe(
			'в ячейке ошибка Excel #Н/Д: значение недоступно (формула не нашла, что искала, например в ВПР), исправьте формулу или впишите число',
		);
		expect(excelErrorMessage('#div/0!', 'date')).toBe('в ячейке ошибка Excel #ДЕЛ/0!: деление на ноль, исправьте формулу или впишите дату');
		expect(excelErrorMessage('#хештег', 'text')).toBeUndefined();
		expect(excelErrorMessage('#N/A2', 'count')).toBeUndefined();
	});
});
