/**
 * How the site words periods and shares: quarters, weeks, months, percentages and the level of a
 * quota. Pure formatting, below the queries, so the components that print statistics and plans use
 * the same words as the queries without importing query code.
 */
import { t } from '../i18n/index.ts';
import type { Network } from '../schemas/common.ts';
import { addDays } from './dates.ts';
import { memoise } from './memo.ts';
import { formatCount, formatPercent, NBSP } from './ru-format.ts';

/** The level of an account's weekly minimum: a recommended quota missed is no breach. */
export type Level = 'required' | 'recommended';
export const LEVELS: readonly Level[] = ['required', 'recommended'];

const ROMAN = ['I', 'II', 'III', 'IV'];

/** «III квартал 2026 г.»: the one way the site names a quarter, on statistics and organisation pages alike. */
export function quarterLabel(year: number, quarter: number): string {
	return t('stats.quarterLabel', { roman: ROMAN[quarter - 1]!, year });
}

const DAY_MONTH = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', timeZone: 'UTC' });
// Memoised: a quarter has 13 weeks, and every table row of every page labels one of them.
const dayMonth = memoise((iso: string) => DAY_MONTH.format(new Date(`${iso}T00:00:00Z`)).replace(' ', NBSP));

/** A week by its Monday: «6–12 июля», or «29 июня — 5 июля» across a month boundary. */
export const weekLabel = memoise((monday: string): string => {
	const sunday = addDays(monday, 6);
	if (monday.slice(0, 7) === sunday.slice(0, 7)) return `${Number(monday.slice(8))}–${dayMonth(sunday)}`;
	return `${dayMonth(monday)} — ${dayMonth(sunday)}`;
});

/** Short label for a chart axis: the Monday, «6 июля». */
export const weekTick = dayMonth;

const MONTH = new Intl.DateTimeFormat('ru-RU', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** «июль 2026 г.» from `2026-07`. Memoised: every page of plans and statistics names months. */
export const monthLabel = memoise((month: string): string => MONTH.format(new Date(`${month}-01T00:00:00Z`)).replace(/ /g, NBSP));

export function networkName(network: Network): string {
	return t(`network.${network}`);
}

/** «46,2 %» of part in whole (formatPercent); «—» when the whole is zero. */
export function percent(part: number, whole: number): string {
	return whole ? formatPercent((part / whole) * 100) : t('stats.none');
}

/** «обязательно» or «рекомендуется»: how the act words the quota a figure is measured against. */
export function levelWord(level: Level): string {
	return t(`level.${level}`);
}

/** The levels with weeks due in a quarter (or an organisation's quarter), required first. */
export function levelsOf(byLevel: Record<Level, { due: number | readonly number[] }>): Level[] {
	return LEVELS.filter((level) => {
		const due = byLevel[level].due;
		return typeof due === 'number' ? due > 0 : due.some((d) => d > 0);
	});
}

/** An organisation's share of weeks met, one per level of its minimums: «0,0 % (рекомендуется)». */
export function sharesByLevel(org: { byLevel: Record<Level, { due: number; met: number }> }): string {
	const levels = levelsOf(org.byLevel);
	if (!levels.length) return t('stats.none');
	return levels
		.map((level) => t('stats.shareAtLevel', { share: percent(org.byLevel[level].met, org.byLevel[level].due), level: levelWord(level) }))
		.join('; ');
}

/** Share as a number 0–100 for charts (one decimal), null when undefined. */
export function share(part: number, whole: number): number | null {
	return whole ? Math.round((part / whole) * 1000) / 10 : null;
}

/** «нет публикаций 5 недель»: how the site flags a dormant body, wherever it shows it. */
export function dormantFlag(org: { dormant: { weeks: number } | null }): string | null {
	return org.dormant ? t('findings.dormant', { weeks: formatCount(org.dormant.weeks, t('findings.weekFor')) }) : null;
}
