/**
 * Weekly statistics and content plans of one body for one quarter. Plans and statistics agree: a
 * page never reports fewer posts in a week than its plan marks as published, and VK and OK share
 * most of their topics, as cross-posting offices do.
 */
import { FORMATS, type Format, type Network } from '../../schemas/index.ts';
import type { CsvValue } from '../shared/csv.ts';
import type { Rng } from '../shared/prng.ts';
import { addDays, mondaysOfQuarter } from '../shared/weeks.ts';
import type { DemoAccount } from './accounts.ts';
import type { DemoOrg, Quarter } from './model.ts';
import { OCCASIONS } from './occasions.ts';
import { DISTRICT_VILLAGES, fillTopic, TOPICS } from './topics.ts';

export const STATS_COLUMNS = [
	'account',
	'week_start',
	'posts',
	...FORMATS.map((f) => `posts_${f}`),
	'views',
	'subscribers',
	'comments',
	'comments_removed',
	'users_blocked',
];
export const PLAN_COLUMNS = ['date', 'account', 'network', 'topic', 'format', 'status'];

type Row = Record<string, CsvValue>;

const GENERAL_FORMATS: readonly (readonly [Format, number])[] = [
	['photo', 34],
	['text', 14],
	['video', 14],
	['card', 12],
	['infographic', 8],
	['poll', 5],
	['live', 5],
	['animation', 4],
	['contest', 4],
];
const FORMATS_BY_NETWORK: Partial<Record<Network, readonly (readonly [Format, number])[]>> = {
	rutube: [
		['video', 8],
		['live', 2],
	],
	dzen: [
		['text', 5],
		['photo', 4],
		['video', 2],
	],
};
const formatsFor = (network: Network) => FORMATS_BY_NETWORK[network] ?? GENERAL_FORMATS;

/** Everyday posts: polls, contests and broadcasts only come with a topic that calls for them. */
const EVERYDAY_FORMATS: readonly (readonly [Format, number])[] = [
	['photo', 40],
	['text', 16],
	['video', 14],
	['card', 14],
	['infographic', 8],
	['animation', 3],
];

const FORMAT_HINTS: readonly (readonly [RegExp, Format])[] = [
	[/опрос/i, 'poll'],
	[/конкурс/i, 'contest'],
	[/прямая линия|эфир|кино под открытым/i, 'live'],
	[/меню|график|расписание|памятка|как записаться|что нужно знать/i, 'card'],
	[/итоги|программа|бюджет/i, 'infographic'],
];

function formatFor(topic: string, rng: Rng): Format {
	const hinted = FORMAT_HINTS.find(([pattern]) => pattern.test(topic))?.[1];
	return hinted && rng.chance(0.8) ? hinted : rng.weighted(EVERYDAY_FORMATS);
}

export function quarterBounds(quarter: Quarter): { first: string; last: string; mondays: string[] } {
	const month = quarter.quarter * 3 - 2;
	const first = `${quarter.year}-${String(month).padStart(2, '0')}-01`;
	const next = quarter.quarter === 4 ? `${quarter.year + 1}-01-01` : `${quarter.year}-${String(month + 3).padStart(2, '0')}-01`;
	return { first, last: addDays(next, -1), mondays: mondaysOfQuarter(quarter.year, quarter.quarter) };
}

export function quarterActivity(
	demo: DemoOrg,
	accounts: readonly DemoAccount[],
	quarter: Quarter,
	rng: Rng,
): { stats: Row[]; plans: Row[] } {
	const { first, last, mondays } = quarterBounds(quarter);
	const live = accounts.filter((a) => a.active && (a.record.opened ?? first) < first);
	const audience = live.map((a) =>
		Math.round(demo.audience * a.audienceFactor * (quarter.year < 2026 ? 0.72 : 1) * (0.9 + rng.next() * 0.2)),
	);
	const breakdown = live.map(() => rng.chance(0.5));
	const stats: Row[] = [];
	const plans: Row[] = [];
	for (const [week, monday] of mondays.entries()) {
		const silent = quarter.silent !== undefined && week >= quarter.silent[0] && week <= quarter.silent[1];
		const posts = live.map((a) => {
			const base = rng.int(quarter.posts[0], quarter.posts[1]);
			// Drawn all the same, so the weeks after a silence are what they would have been.
			return silent ? 0 : Math.min(quarter.posts[1], Math.max(3, Math.round(base * a.postsFactor)));
		});
		live.forEach((account, i) => {
			stats.push(statsRow(account, monday, posts[i]!, audience, i, breakdown[i]!, rng));
		});
		plans.push(...weekPlan(demo, live, posts, monday, first, last, quarter.year, rng));
	}
	return { stats, plans };
}

function statsRow(account: DemoAccount, monday: string, posts: number, audience: number[], i: number, breakdown: boolean, rng: Rng): Row {
	const network = account.record.network;
	const subscribers = audience[i]!;
	audience[i] = Math.max(50, subscribers + Math.round(subscribers * (rng.next() * 0.014 - 0.002)));
	const views = Math.round(posts * subscribers * (0.22 + rng.next() * 0.45));
	const comments = Math.round(views * (network === 'rutube' || network === 'dzen' ? 0.001 : 0.002 + rng.next() * 0.006));
	const removed = comments > 0 && rng.chance(0.35) ? rng.int(1, Math.max(1, Math.ceil(comments * 0.06))) : 0;
	const row: Row = { account: account.record.id, week_start: monday, posts };
	if (breakdown) {
		const counts = new Map<Format, number>(FORMATS.map((f) => [f, 0]));
		for (let p = 0; p < posts; p++) {
			const format = rng.weighted(formatsFor(network));
			counts.set(format, counts.get(format)! + 1);
		}
		for (const [format, count] of counts) row[`posts_${format}`] = count;
	}
	row.views = views;
	row.subscribers = audience[i];
	row.comments = comments;
	row.comments_removed = removed;
	row.users_blocked = removed > 1 && rng.chance(0.3) ? 1 : 0;
	return row;
}

interface Publication {
	date: string;
	topic: string;
	format: Format;
}

/** One week of the plan: a shared list of publications, each page (or network) takes its share. */
function weekPlan(
	demo: DemoOrg,
	live: readonly DemoAccount[],
	posts: number[],
	monday: string,
	first: string,
	last: string,
	year: number,
	rng: Rng,
): Row[] {
	const days = [0, 1, 2, 3, 4, 5].map((d) => addDays(monday, d)).filter((d) => d >= first && d <= last);
	const villages = demo.villages ?? DISTRICT_VILLAGES;
	const fill = (template: string) => fillTopic(template, { place: demo.place, village: rng.pick(villages), year });
	const occasions = OCCASIONS.filter((o) => o.kinds.includes(demo.topics))
		.map((o) => ({ date: o.date(year), topic: o.topic }))
		.filter((o) => o.date >= addDays(monday, 0) && o.date <= addDays(monday, 6) && o.date >= first && o.date <= last);
	const pool = rng.shuffle(TOPICS[demo.topics]);
	const list: Publication[] = occasions.map((o) => ({ ...o, format: formatFor(o.topic, rng) }));
	for (let t = 0; list.length < 5; t++) {
		const topic = fill(pool[t % pool.length]!);
		list.push({ date: rng.pick(days), topic, format: formatFor(topic, rng) });
	}

	// Units: every page, or every network when the body plans "for VK" as a whole.
	const units = demo.planByNetwork
		? [...new Set(live.map((a) => a.record.network))].map((network) => ({
				key: { network } as Row,
				network,
				max: Math.min(...live.flatMap((a, i) => (a.record.network === network ? [posts[i]!] : []))),
			}))
		: live.map((a, i) => ({ key: { account: a.record.id } as Row, network: a.record.network, max: posts[i]! }));

	const rows: Row[] = [];
	for (const unit of units) {
		const count = Math.min(unit.max, rng.int(3, 5), list.length);
		const picked = occasions.length > 0 ? list.slice(0, occasions.length) : [];
		for (const p of rng.shuffle(list.slice(occasions.length))) if (picked.length < count) picked.push(p);
		for (const p of picked.slice(0, count)) {
			const format = FORMATS_BY_NETWORK[unit.network] ? rng.weighted(formatsFor(unit.network)) : p.format;
			rows.push({ date: p.date, ...unit.key, topic: p.topic, format, status: 'published' });
		}
		if (rng.chance(0.07)) {
			const topic = fill(rng.pick(TOPICS[demo.topics]));
			rows.push({ date: rng.pick(days), ...unit.key, topic, format: formatFor(topic, rng), status: 'cancelled' });
		}
	}
	return rows.sort((a, b) => String(a.date).localeCompare(String(b.date)));
}
