/**
 * Accounts of one demo body: VK and OK for everyone (federal baseline), the extra channels its hints
 * list, and the district's special cases — the head's page, the administration's closed Facebook and
 * Instagram pages, and the page of a school merged into Берёзовская СОШ.
 */
import type { z } from 'zod';
import type { AccountSchema, Network } from '../../schemas/index.ts';
import type { Rng } from '../shared/prng.ts';
import { addDays, dateInRange } from '../shared/weeks.ts';
import type { DemoOrg } from './model.ts';

export type AccountRecord = z.input<typeof AccountSchema>;

export interface DemoAccount {
	record: AccountRecord;
	active: boolean;
	/** Share of the body's weekly posts and audience this page gets. */
	postsFactor: number;
	audienceFactor: number;
}

/** Hands out distinct numeric ids (VK clubs, OK groups, RuTube channels) across the whole demo. */
export class NumberPool {
	readonly #used = new Set<string>();
	take(rng: Rng, digits: number, prefix = ''): string {
		for (;;) {
			let value = prefix + String(rng.int(1, 9));
			while (value.length < digits) value += String(rng.int(0, 9));
			if (!this.#used.has(value)) {
				this.#used.add(value);
				return value;
			}
		}
	}
	reserve(value: string): void {
		this.#used.add(value);
	}
}

const ALL_PROFILE = {
	'official-status': true,
	description: true,
	design: true,
	address: true,
	geolocation: true,
	email: true,
	phones: true,
	website: true,
};

const FACTORS: Record<Network, readonly [posts: number, audience: number]> = {
	vk: [1, 1],
	ok: [0.8, 0.45],
	tg: [1.15, 0.3],
	max: [0.9, 0.12],
	dzen: [0.45, 0.2],
	rutube: [0.4, 0.1],
	youtube: [0.4, 0.1],
	fb: [0, 0],
	ig: [0, 0],
	x: [0, 0],
};

/** When a kind of page could plausibly have been opened (MAX channels appeared in August 2025). */
const OPENED: Record<Network, readonly [string, string]> = {
	vk: ['2022-02-01', '2022-11-25'],
	ok: ['2022-02-01', '2022-11-25'],
	tg: ['2022-03-01', '2024-06-30'],
	max: ['2025-08-01', '2025-10-31'],
	dzen: ['2023-01-15', '2024-03-31'],
	rutube: ['2023-02-01', '2024-05-31'],
	youtube: ['2020-01-01', '2021-12-31'],
	fb: ['2015-01-01', '2017-12-31'],
	ig: ['2016-01-01', '2018-12-31'],
	x: ['2015-01-01', '2017-12-31'],
};

function pageUrl(demo: DemoOrg, network: Network, handle: string, rng: Rng, pool: NumberPool): string {
	const fixedUrl = demo.urls?.[network];
	if (fixedUrl) return fixedUrl;
	switch (network) {
		case 'vk':
			return `https://vk.com/${handle}`;
		case 'ok':
			return demo.okByName ? `https://ok.ru/${handle}` : `https://ok.ru/group/${pool.take(rng, 14, '70000')}`;
		case 'tg':
			return `https://t.me/${handle}`;
		case 'max':
			return `https://max.ru/${handle}`;
		case 'dzen':
			return `https://dzen.ru/${handle}`;
		case 'rutube':
			return `https://rutube.ru/channel/${pool.take(rng, 8)}/`;
		default:
			throw new Error(`the demo does not open active pages in ${network}`);
	}
}

/** The group number behind a VK address: Lyambir's act gives it, others get a fresh one. */
function vkAlias(url: string, rng: Rng, pool: NumberPool): string {
	// eslint-disable-next-line regexp/no-super-linear-move -- the demo generator's own short addresses.
	const known = /(\d{6,})$/.exec(url)?.[1];
	if (known) pool.reserve(known);
	return `https://vk.com/club${known ?? pool.take(rng, 9, '2')}`;
}

function activeAccount(demo: DemoOrg, network: Network, rng: Rng, pool: NumberPool, over: Partial<AccountRecord> = {}): AccountRecord {
	const url = over.url ?? pageUrl(demo, network, demo.handle, rng, pool);
	const opened = dateInRange(OPENED[network][0], OPENED[network][1], rng.next());
	const registered =
		network === 'vk' || network === 'ok' ? dateInRange('2022-12-05', '2023-03-31', rng.next()) : addDays(opened, rng.int(7, 45));
	const responsible = demo.publicName
		? { position: demo.responsible, name: demo.publicName, publishName: true }
		: { position: demo.responsible };
	return {
		id: `${demo.record.id}-${network}`,
		org: demo.record.id,
		network,
		url,
		...(network === 'vk' ? { aliases: [vkAlias(url, rng, pool)] } : {}),
		name: demo.pageName ?? demo.record.shortName,
		...over,
		status: 'active',
		opened,
		registered,
		profile: { ...ALL_PROFILE },
		gospabliki:
			network === 'vk' || network === 'ok' ? dateInRange('2023-02-01', '2023-06-30', rng.next()) : addDays(registered, rng.int(10, 40)),
		linksToStatement: rng.chance(0.85),
		reviewed: dateInRange('2025-11-01', '2026-09-30', rng.next()),
		responsible,
	};
}

function wrap(record: AccountRecord, postsFactor?: number, audienceFactor?: number): DemoAccount {
	const [posts, audience] = FACTORS[record.network];
	return { record, active: record.status === 'active', postsFactor: postsFactor ?? posts, audienceFactor: audienceFactor ?? audience };
}

export function buildAccounts(demo: DemoOrg, rng: Rng, pool: NumberPool): DemoAccount[] {
	if (demo.record.exemption) return [];
	const accounts = (['vk', 'ok', ...demo.extra] as Network[]).map((network) => wrap(activeAccount(demo, network, rng, pool)));
	if (demo.record.id === 'primer-admin') accounts.push(...adminSpecials(demo, rng, pool));
	if (demo.record.id === 'berezovka-school') accounts.push(wrap(mergedSchoolPage(rng, pool)));
	return accounts;
}

function adminSpecials(demo: DemoOrg, rng: Rng, pool: NumberPool): DemoAccount[] {
	const head = activeAccount(demo, 'vk', rng, pool, {
		id: 'primer-admin-head-vk',
		url: 'https://vk.com/glava_primer_rayon',
		name: 'Андрей Сомов — глава Примерного района',
		kind: 'head',
	});
	head.responsible = { position: 'Пресс-секретарь главы района' };
	const meta = (network: 'fb' | 'ig', url: string, blocked: string, opened: string): AccountRecord => ({
		id: `primer-admin-${network}`,
		org: 'primer-admin',
		network,
		url,
		name: 'Администрация Примерного района',
		status: 'closed',
		opened,
		closed: {
			date: '2022-03-21',
			reason: `${network === 'fb' ? 'Facebook' : 'Instagram'} заблокирован в России ${blocked}, деятельность Meta запрещена решением суда от 21.03.2022; страница больше не ведётся`,
		},
		reviewed: dateInRange('2026-01-10', '2026-03-31', rng.next()),
	});
	return [
		wrap(head, 0.5, 0.55),
		wrap(meta('fb', 'https://www.facebook.com/primerrayon', '04.03.2022', '2016-04-12')),
		wrap(meta('ig', 'https://www.instagram.com/primer_rayon/', '14.03.2022', '2017-09-05')),
	];
}

function mergedSchoolPage(rng: Rng, pool: NumberPool): AccountRecord {
	return {
		id: 'klenovka-school-vk',
		org: 'berezovka-school',
		network: 'vk',
		url: 'https://vk.com/klenovka_school',
		aliases: [`https://vk.com/club${pool.take(rng, 9, '1')}`],
		name: 'МБОУ «Клёновская ООШ»',
		status: 'closed',
		opened: '2019-02-11',
		registered: '2023-01-20',
		closed: {
			date: '2024-08-31',
			reason: 'Клёновская основная школа присоединена к Берёзовской СОШ с 01.09.2024; новости публикуются на странице Берёзовской школы',
			successor: 'berezovka-school-vk',
		},
		reviewed: dateInRange('2026-01-10', '2026-06-30', rng.next()),
	};
}
