/**
 * What the demo generator knows about one organisation: the org.yaml record itself plus the hints
 * that drive its accounts, activity and internal file. Kept apart from the schemas on purpose: the
 * hints are generator knobs, not registry data.
 */
import type { z } from 'zod';
import type { Network, OrganisationSchema } from '../../schemas/index.ts';
import { makeInn, makeOgrn } from '../shared/russian-ids.ts';

export type OrgRecord = z.input<typeof OrganisationSchema>;

/** Topic pool a body's content plan draws from (src/dev/demo/topics.ts). */
export type TopicKind =
	| 'admin'
	| 'council'
	| 'control'
	| 'education'
	| 'school'
	| 'kindergarten'
	| 'culture'
	| 'museum'
	| 'library'
	| 'sport'
	| 'hospital'
	| 'settlement'
	| 'regional';

export interface Quarter {
	year: number;
	quarter: number;
	/** Weekly posts on the main page that quarter, inclusive range. */
	posts: readonly [number, number];
	/**
	 * Weeks (indexes into the quarter's Mondays, inclusive) in which none of the body's pages posts
	 * anything: a small body whose only editor was away, which the check flags as dormant.
	 */
	silent?: readonly [first: number, last: number];
}

export interface DemoOrg {
	record: OrgRecord;
	/** ASCII base of page addresses: vk.com/<handle>, t.me/<handle>… */
	handle: string;
	topics: TopicKind;
	/** Where the body works, used in topics: «рп. Примерный», «с. Берёзовка». */
	place: string;
	/** Villages and towns named in topics («Ремонт дороги в с. …»); defaults to the district's. */
	villages?: readonly string[];
	/** Networks besides VK and OK. */
	extra: readonly Network[];
	/** VK subscribers at the start of the first quarter; other networks scale from it. */
	audience: number;
	quarters: readonly Quarter[];
	/** How the pages are titled in the networks; defaults to the short name. */
	pageName?: string;
	/** Position of whoever runs the pages. */
	responsible: string;
	/** Set when that person agreed to have their name published. */
	publicName?: string;
	/** Small bodies plan "for VK" as a whole rather than per page. */
	planByNetwork?: boolean;
	/** Addresses fixed by an act (Lyambir п. 1 names its two pages). */
	urls?: Partial<Record<Network, string>>;
	/** Whether the OK page has a short name (ok.ru/<handle>) instead of ok.ru/group/<digits>. */
	okByName?: boolean;
	/** Messages in the reply log per quarter; 0 or absent — no log. */
	replies?: number;
	/** Reply deadlines of an act apply, so the log must meet them (Lyambir разд. 3). */
	strictReplies?: boolean;
}

/** The demo quarter of the district: weeks with Mondays 2026-07-06 … 2026-09-28. */
export const DEMO_QUARTER = { year: 2026, quarter: 3 } as const;

/** Fixed "today" of the demo (site.yaml asOf): every relative date is counted from it. */
export const AS_OF = '2026-10-05';

/**
 * Check-digit-valid INN and OGRN for the n-th demo body. Tax region 99 keeps the numbers away from
 * the real registers of the regions the demo names.
 */
export function demoIds(n: number): { inn: string; ogrn: string } {
	return {
		inn: makeInn('9921', 1200 + n * 37),
		ogrn: makeOgrn(2002 + (n % 15), '9921', 31000 + n * 113),
	};
}

/** Phone of the district's exchange: +7 (49999) X-XX-XX. */
export function districtPhone(exchange: number, line: number): string {
	const digits = String(line).padStart(4, '0');
	return `+7 (49999) ${exchange}-${digits.slice(0, 2)}-${digits.slice(2)}`;
}

export const REGION = 'Примерная область, Примерный район';
