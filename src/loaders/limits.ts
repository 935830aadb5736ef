/**
 * The finding for a file that passes one of the check's limits (src/lib/limits.ts): once per file,
 * where the limit is passed, with what is allowed and what to do. The file is not read further.
 */
import { statSync } from 'node:fs';
import { formatNumber } from '../lib/ru-format.ts';
import { LIMITS, type LimitHit, type LimitKind } from '../lib/limits.ts';
import type { LoaderFinding } from './dataset.ts';

const megabytes = (bytes: number) => `${formatNumber(Math.round((bytes / 2 ** 20) * 10) / 10)} МБ`;
const characters = (n: number) => `${formatNumber(n)} символов`;

const TEXTS: Record<LimitKind, { what: string; amount: (n: number) => string; advice: string }> = {
	yamlBytes: {
		what: 'Размер файла',
		amount: megabytes,
		advice:
			'Карточка организации или аккаунта занимает несколько килобайт: проверьте, не вставлена ли в файл выгрузка или чужой текст, и оставьте в нём только поля из справочника полей.',
	},
	tableBytes: {
		what: 'Размер таблицы',
		amount: megabytes,
		advice:
			'В файле — один квартал одной организации (обычно сотни килобайт): проверьте, не попали ли в него данные других кварталов или организаций, и разнесите их по своим файлам.',
	},
	textBytes: {
		what: 'Размер файла',
		amount: megabytes,
		advice: 'Такие файлы не хранят в папке данных: уберите его из репозитория.',
	},
	lineChars: {
		what: 'Длина строки',
		amount: characters,
		advice: 'Разбейте строку или проверьте, не склеились ли строки файла и не вставлен ли лишний текст.',
	},
	cellChars: {
		what: 'Длина ячейки',
		amount: characters,
		advice: 'Сократите текст ячейки; если она не должна быть такой длинной, проверьте, закрыта ли кавычка в её начале.',
	},
	columns: {
		what: 'Число столбцов',
		amount: (n) => formatNumber(n),
		advice: 'Оставьте только столбцы из справочника полей: удалите лишние (в Excel — пустые столбцы справа) и сохраните файл заново.',
	},
	yamlKeys: {
		what: 'Число полей в файле',
		amount: (n) => formatNumber(n),
		advice: 'Проверьте, не вставлена ли в файл выгрузка или список вместо значений; в файле ожидаются только поля из справочника полей.',
	},
};

/** A located `parse-error` finding for `hit` in `file`; `path` (a YAML key) instead of a line. */
export function limitFinding(
	file: string,
	hit: Omit<LimitHit, 'line' | 'column'> & { line?: number; column?: number; path?: (string | number)[] },
): LoaderFinding {
	const text = TEXTS[hit.kind];
	return {
		ruleId: 'parse-error',
		file,
		...(hit.path ? { path: hit.path, atKey: true } : { line: hit.line ?? 1, column: hit.column ?? 1 }),
		...(hit.header !== undefined ? { header: hit.header } : {}),
		messageId: 'limit',
		data: {
			what: text.what,
			limit: text.amount(LIMITS[hit.kind]),
			found: hit.found === undefined ? '' : ` (здесь ${text.amount(hit.found)})`,
			advice: text.advice,
		},
	};
}

/**
 * The finding for a file over `kind`'s size limit, or undefined: its size is known before it is in
 * memory, so a file past the limit is never read. A stat costs far less than the read it may spare.
 */
export function sizeOverLimit(abs: string, file: string, kind: 'yamlBytes' | 'tableBytes' | 'textBytes'): LoaderFinding | undefined {
	const size = statSync(abs).size;
	return size > LIMITS[kind] ? limitFinding(file, { kind, found: size }) : undefined;
}
