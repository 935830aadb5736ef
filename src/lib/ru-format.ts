/**
 * Russian presentation rules for the site: dates «17 марта 2020 г.», «ёлочки», non-breaking spaces
 * where Russian typography forbids a line break (after «№», between a number and «г.», after short
 * abbreviations and initials), plural forms. Pure functions; words come from the dictionaries, the
 * month names from Intl (full ICU ships with Node), so no UI text lives here.
 */

import { memoise } from './memo.ts';

/** U+00A0. Russian typesetting keeps «№ 133», «2020 г.», «г. Барнаул», «А. М. Яковлев» on one line. */
export const NBSP = '\u00a0';

const DATE = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const NUMBER = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });
const PERCENT = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const PLURAL = new Intl.PluralRules('ru-RU');
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Memoised (src/lib/memo.ts): Intl's format() is the costliest step of rendering a big table.
const dateText = memoise((iso: string) => DATE.format(new Date(`${iso}T00:00:00Z`)).replace(/ /g, NBSP));
// ICU may use U+202F (narrow no-break space) for grouping depending on its version; keep one form.
const numberText = memoise((value: number) => NUMBER.format(value).replace(/[\u202f ]/g, NBSP));

/** «17 марта 2020 г.» from `2020-03-17`, with non-breaking spaces inside. */
export function formatDate(iso: string): string {
	if (!ISO_DATE.test(iso)) throw new RangeError(`ожидалась дата вида ГГГГ-ММ-ДД, получено «${iso}»`);
	// UTC on both sides: a calendar date must not shift by the build machine's time zone.
	return dateText(iso);
}

/** A number the Russian way: «12 345», «12,5» (grouping with a non-breaking space, decimal comma). */
export function formatNumber(value: number): string {
	return numberText(value);
}

/**
 * The form of a word for a count. `forms` is «one|few|many» as stored in the dictionaries, e.g.
 * «страница|страницы|страниц». Fractions take the «few» form («1,5 страницы»).
 */
export function plural(count: number, forms: string): string {
	const [one, few, many] = forms.split('|');
	if (one === undefined || few === undefined || many === undefined) throw new Error(`ожидались три формы через «|», получено «${forms}»`);
	switch (PLURAL.select(count)) {
		case 'one':
			return one;
		case 'few':
		case 'other':
			return few;
		default:
			return many;
	}
}

/** «5 страниц»: the number, a non-breaking space and the word in the right form. */
export function formatCount(count: number, forms: string): string {
	return `${formatNumber(count)}${NBSP}${plural(count, forms)}`;
}

/** «ёлочки» around a text; quotes already inside become „лапки“, as Russian nesting requires. */
export function quote(text: string): string {
	return `«${text.replace(/«/g, '„').replace(/»/g, '“')}»`;
}

/**
 * A network's or product's name inside a sentence: a one-word Cyrillic name takes «ёлочки»
 * («ВКонтакте», «Дзен»), Latin ones stay bare (Telegram, RUTUBE), as Russian editorial practice
 * has it. Phrases (anything with a space) are returned as they are.
 */
export function quoteName(name: string): string {
	return /^[^«]*[А-ЯЁа-яё]/.test(name) && !/\s/.test(name) ? quote(name) : name;
}

/** Abbreviations that never end a line: «г. Барнаул», «д. 59», «п. 6», «ст. 10», «с. Берёзовка». */
const ABBREVIATIONS = [
	'г',
	'гг',
	'д',
	'ул',
	'пр-т',
	'пер',
	'пл',
	'рп',
	'пгт',
	'с',
	'п',
	'пп',
	'ч',
	'ст',
	'разд',
	'прил',
	'корп',
	'стр',
	'кв',
	'обл',
	'каб',
	'мкр',
	'им',
	'т',
];
// Preceded by an ordinary space only: «2020 г.» is glued to its number first, and a year's «г.»
// must not glue to the next word as the town's «г. Барнаул» does.
const ABBREVIATION = new RegExp(`(^|[ \\t\\n(«„])(${ABBREVIATIONS.join('|')})\\. (?=\\S)`, 'gu');
/** Initials before or after a surname: «А. М. Яковлев», «Яковлев А. М.». */
const INITIALS_BEFORE = /(^|[\s(«„])([А-ЯЁ]\.) ?([А-ЯЁ]\.)? ([А-ЯЁ][а-яё-]+)/gu;
const INITIALS_AFTER = /([А-ЯЁ][а-яё-]+) ([А-ЯЁ]\.) ?([А-ЯЁ]\.)?/gu;

/**
 * Non-breaking spaces in running text from the data (addresses, act titles, clause labels):
 * after «№», between a number and «г.»/«гг.», after short abbreviations, inside initials.
 * Only spaces change, so the text stays exactly the data's text otherwise.
 */
export function nbsp(text: string): string {
	return text
		.replace(/№ (?=\S)/g, `№${NBSP}`)
		.replace(/(\d) (гг?\.)/g, `$1${NBSP}$2`)
		.replace(ABBREVIATION, `$1$2.${NBSP}`)
		.replace(
			INITIALS_BEFORE,
			(_, lead: string, first: string, second: string | undefined, surname: string) =>
				`${lead}${first}${second ? NBSP + second : ''}${NBSP}${surname}`,
		)
		.replace(
			INITIALS_AFTER,
			(_, surname: string, first: string, second: string | undefined) => `${surname}${NBSP}${first}${second ? NBSP + second : ''}`,
		);
}

/**
 * Ends a sentence with a full stop unless it already ends with one: a sentence ending in «г.» or
 * «и т. д.» takes no second stop (Russian typography), so dictionary strings carry none.
 */
export function sentence(text: string): string {
	return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** A duration in milliseconds as the commands print it: «412,3 с» (tenths, non-breaking space). */
export function formatSeconds(ms: number): string {
	return `${formatNumber(Math.round(ms / 100) / 10)}${NBSP}с`;
}

/**
 * A share in percent, the one rule for every share on the site and in its charts: one decimal
 * always («41,6 %», «9,0 %», «100,0 %»), so figures in one column line up and a small share never
 * reads as rounded more coarsely than its neighbour. The sign follows a non-breaking space.
 */
export function formatPercent(value: number): string {
	return `${PERCENT.format(value).replace(/[\u202f ]/g, NBSP)}${NBSP}%`;
}

/** Hours for reply-time tables: «2», «12,5». */
export function formatHours(hours: number): string {
	return formatNumber(Math.round(hours * 10) / 10);
}

/** A coordinate with a decimal comma and four places, as geolocation is published: «53,3481». */
export function formatCoordinate(value: number): string {
	return value.toFixed(4).replace('.', ',').replace('-', '−');
}
