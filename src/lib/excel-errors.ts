/**
 * Excel's error values. A formula that failed leaves one of them in its cell, and Russian Excel
 * exports it to CSV as text («#Н/Д»), while a workbook stores the English code (exceljs reads
 * «#N/A»). Either way the cell holds no value, and the clerk needs to hear that the formula is
 * the thing to fix, not that «#Н/Д» is not a number.
 */
import type { ColumnSpec } from '../schemas/csv-cells.ts';

interface ExcelError {
	russian: string;
	english: string;
	/** What went wrong in the formula, in the clerk's words. */
	meaning: string;
}

const ERRORS: readonly ExcelError[] = [
	{ russian: '#Н/Д', english: '#N/A', meaning: 'значение недоступно (формула не нашла, что искала, например в ВПР)' },
	{ russian: '#ДЕЛ/0!', english: '#DIV/0!', meaning: 'деление на ноль' },
	{ russian: '#ЗНАЧ!', english: '#VALUE!', meaning: 'в формуле значение не того типа' },
	{ russian: '#ССЫЛКА!', english: '#REF!', meaning: 'формула ссылается на удалённую ячейку' },
	{ russian: '#ЧИСЛО!', english: '#NUM!', meaning: 'формула дала недопустимое число' },
	{ russian: '#ИМЯ?', english: '#NAME?', meaning: 'в формуле неизвестное имя функции или диапазона' },
	{ russian: '#ПУСТО!', english: '#NULL!', meaning: 'диапазоны в формуле не пересекаются' },
];

const BY_CODE = new Map(ERRORS.flatMap((e) => [[e.russian.toUpperCase(), e] as const, [e.english, e] as const]));

/** The error a cell's trimmed text is, if it is one of Excel's (any letter case, as typed over). */
export function excelError(text: string): ExcelError | undefined {
	if (!text.startsWith('#')) return undefined;
	return BY_CODE.get(text.toUpperCase());
}

const WHAT_TO_WRITE: Record<ColumnSpec['kind'], string> = {
	count: 'число',
	date: 'дату',
	timestamp: 'дату и время',
	enum: 'значение',
	text: 'текст',
	'id-or-link': 'ссылку или идентификатор',
};

/**
 * «в ячейке ошибка Excel #Н/Д: …, исправьте формулу или впишите число». The code as the clerk
 * sees it in Russian Excel; an English code found in the file is named as well.
 */
export function excelErrorMessage(text: string, kind: ColumnSpec['kind'] | undefined): string | undefined {
	const error = excelError(text);
	if (!error) return undefined;
	const code = text === error.english ? `${error.russian} (${error.english})` : error.russian;
	return `в ячейке ошибка Excel ${code}: ${error.meaning}, исправьте формулу или впишите ${kind ? WHAT_TO_WRITE[kind] : 'значение'}`;
}
