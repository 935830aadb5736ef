/**
 * Dated occasions of the third quarter that bodies post about, by kind of body. Movable ones (День
 * физкультурника — the second Saturday of August) are computed per year.
 */
import type { TopicKind } from './model.ts';

export interface Occasion {
	/** Date of the occasion in a given year. */
	date: (year: number) => string;
	topic: string;
	kinds: readonly TopicKind[];
}

const fixed = (monthDay: string) => (year: number) => `${year}-${monthDay}`;

/** n-th weekday (0 Sunday … 6 Saturday) of a month, e.g. День физкультурника — second Saturday of August. */
function nthWeekday(month: number, weekday: number, n: number) {
	return (year: number) => {
		const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
		const day = 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
		return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	};
}

export const OCCASIONS: readonly Occasion[] = [
	{
		date: fixed('07-08'),
		topic: 'День семьи, любви и верности: чествуем семьи-юбиляры',
		kinds: ['admin', 'settlement', 'culture', 'library', 'kindergarten', 'regional'],
	},
	{ date: fixed('07-28'), topic: 'День Крещения Руси: выставка в читальном зале', kinds: ['library', 'museum'] },
	{ date: fixed('08-02'), topic: 'День Воздушно-десантных войск', kinds: ['admin', 'council', 'sport', 'museum'] },
	{ date: nthWeekday(8, 6, 2), topic: 'День физкультурника: районный спортивный праздник', kinds: ['sport', 'admin', 'school'] },
	{
		date: fixed('08-22'),
		topic: 'День Государственного флага России',
		kinds: ['admin', 'council', 'settlement', 'school', 'library', 'culture', 'museum', 'regional'],
	},
	{ date: fixed('08-27'), topic: 'День российского кино: показ под открытым небом', kinds: ['culture', 'library'] },
	{ date: fixed('09-01'), topic: 'День знаний', kinds: ['admin', 'education', 'school', 'kindergarten', 'library', 'sport', 'regional'] },
	{ date: fixed('09-03'), topic: 'День солидарности в борьбе с терроризмом', kinds: ['admin', 'school', 'library', 'museum', 'culture'] },
	{ date: fixed('09-08'), topic: 'Международный день распространения грамотности', kinds: ['library', 'school'] },
	{ date: fixed('09-27'), topic: 'День воспитателя и всех дошкольных работников', kinds: ['education', 'kindergarten', 'admin'] },
	{ date: fixed('09-27'), topic: 'Всемирный день туризма: маршруты выходного дня', kinds: ['culture', 'museum'] },
	{ date: fixed('09-28'), topic: 'День Алтайского края', kinds: ['regional'] },
	{ date: fixed('09-29'), topic: 'Всемирный день сердца: проверьте давление', kinds: ['hospital'] },
];
