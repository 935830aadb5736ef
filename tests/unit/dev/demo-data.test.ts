/** The committed demo tree (data/) is valid, big enough to show every feature, and consistent. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isValidInn, isValidOgrn } from '../../../src/schemas/russian-ids.ts';
import { readCsv, validateTree, type TreeReport } from './tree.ts';

const DATA = join(import.meta.dirname, '../../../data');
const AS_OF = '2026-10-05';

let tree: TreeReport;
beforeAll(() => {
	tree = validateTree(DATA);
});

const daysBefore = (iso: string) => (Date.parse(AS_OF) - Date.parse(iso)) / 86_400_000;
const hours = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 3_600_000;

describe('demo data', () => {
	it('every file matches its schema and the layout', () => {
		expect(tree.problems).toEqual([]);
		expect(tree.files).toContain('site.yaml');
		expect(tree.files).toContain('compliance.yaml');
	});

	it('has enough organisations and accounts to show every feature', () => {
		expect(tree.orgs.length).toBeGreaterThanOrEqual(30);
		expect(tree.accounts.length).toBeGreaterThanOrEqual(80);
		const active = new Set(tree.accounts.filter((a) => a.status === 'active').map((a) => a.network));
		expect([...active].sort()).toEqual(['dzen', 'max', 'ok', 'rutube', 'tg', 'vk']);
		const closed = tree.accounts.filter((a) => a.status === 'closed').map((a) => a.network);
		expect(closed).toEqual(expect.arrayContaining(['fb', 'ig', 'vk']));
		expect(tree.accounts.some((a) => a.kind === 'head')).toBe(true);
	});

	it('uses valid, distinct INN/OGRN and distinct page addresses', () => {
		for (const org of tree.orgs) expect(isValidInn(org.inn) && isValidOgrn(org.ogrn), org.id).toBe(true);
		expect(new Set(tree.orgs.map((o) => o.inn)).size).toBe(tree.orgs.length);
		expect(new Set(tree.orgs.map((o) => o.ogrn)).size).toBe(tree.orgs.length);
		const urls = tree.accounts.flatMap((a) => [a.url, ...a.aliases]);
		expect(new Set(urls).size).toBe(urls.length);
		for (const account of tree.accounts.filter((a) => a.network === 'vk'))
			expect(account.aliases[0]).toMatch(/^https:\/\/vk\.com\/club\d+$/);
	});

	it('keeps fictional contacts on .example hosts', () => {
		const hosts = [
			...tree.orgs.flatMap((o) => [o.website, o.email?.split('@')[1]]),
			...tree.internals.flatMap((i) => i.staff.map((s) => s.email?.split('@')[1])),
		].filter((h): h is string => h !== undefined);
		for (const host of hosts) expect(host).toMatch(/\.example$/);
	});

	it('exempts the finance committee under the Khasyn annex, and it keeps no pages', () => {
		const finance = tree.orgs.find((o) => o.id === 'primer-finance');
		expect(finance?.exemption).toMatchObject({ policy: 'khasyn-undated', clause: 'annex' });
		expect(tree.accounts.filter((a) => a.org === 'primer-finance')).toEqual([]);
	});

	it('gives every non-exempt body active VK and OK pages that meet the Khasyn profile', () => {
		for (const org of tree.orgs.filter((o) => !o.exemption)) {
			const mine = tree.accounts.filter((a) => a.org === org.id && a.status === 'active');
			expect(
				mine.map((a) => a.network),
				org.id,
			).toEqual(expect.arrayContaining(['vk', 'ok']));
		}
		for (const account of tree.accounts.filter((a) => a.status === 'active')) {
			expect(Object.values(account.profile).filter(Boolean), account.id).toHaveLength(8);
			expect(account.gospabliki, account.id).toBeTruthy();
			expect(daysBefore(account.reviewed!), account.id).toBeLessThanOrEqual(365);
			expect(account.opened! >= '2022-01-01', account.id).toBe(true);
		}
	});

	it('attests the security of every active page within 90 days', () => {
		const security = new Map(tree.internals.flatMap((i) => Object.entries(i.security)));
		for (const account of tree.accounts.filter((a) => a.status === 'active')) {
			const attestation = security.get(account.id);
			expect(attestation, account.id).toMatchObject({ twoFactor: true, passwordInManager: true });
			expect(daysBefore(attestation!.attested)).toBeLessThanOrEqual(90);
			expect(daysBefore(attestation!.passwordRotated!)).toBeLessThanOrEqual(90);
		}
	});

	/** The demo's dormant body (src/dev/demo/other-acts.ts) and the Mondays of its silent weeks. */
	const DORMANT_STATS = 'orgs/ivanteevka-admin/stats/2026-q3.csv';
	const SILENT_MONDAYS = ['2026-07-20', '2026-07-27', '2026-08-03', '2026-08-10', '2026-08-17'];

	it("reports at least three posts a week for every active page of the district in 2026-Q3, but in the dormant body's silent weeks", () => {
		const q3 = tree.stats.filter((row) => row.file.endsWith('2026-q3.csv'));
		const active = tree.accounts.filter((a) => a.status === 'active');
		for (const account of active)
			expect(
				q3.filter((r) => r.account === account.id),
				account.id,
			).toHaveLength(13);
		for (const row of q3) {
			if (row.file === DORMANT_STATS && SILENT_MONDAYS.includes(row.week_start)) continue;
			expect(row.posts, `${row.account} ${row.week_start}`).toBeGreaterThanOrEqual(3);
		}
		const known = new Set(active.map((a) => a.id));
		for (const row of tree.stats) expect(known.has(row.account), row.account).toBe(true);
	});

	it('has one dormant body: no page of it posted anything in five weeks of 2026-Q3 in a row', () => {
		const rows = tree.stats.filter((row) => row.file === DORMANT_STATS);
		const silent = rows.filter((row) => SILENT_MONDAYS.includes(row.week_start));
		expect(silent).toHaveLength(2 * SILENT_MONDAYS.length);
		for (const row of silent) expect(row.posts, `${row.account} ${row.week_start}`).toBe(0);
		for (const row of rows.filter((r) => !SILENT_MONDAYS.includes(r.week_start))) expect(row.posts).toBeGreaterThan(0);
	});

	it('misses the recommended weekly minimum on purpose where the demo shows warnings', () => {
		const max = (file: string) => Math.max(...tree.stats.filter((r) => r.file === file).map((r) => r.posts));
		expect(max('orgs/altai-government/stats/2024-q3.csv')).toBeLessThan(10);
		expect(max('orgs/ivanteevka-admin/stats/2026-q3.csv')).toBeLessThan(10);
	});

	it('meets every Lyambir reply deadline', () => {
		const rows = readCsv(join(DATA, 'orgs/lyambir-admin/replies/2026-q3.csv'));
		expect(rows.length).toBeGreaterThanOrEqual(25);
		expect(rows.some((r) => r.returned)).toBe(true);
		for (const r of rows) {
			expect(hours(r.received!, r.routed!)).toBeLessThanOrEqual(2);
			expect(hours(r.routed!, r.draft_ready!)).toBeLessThanOrEqual(8);
			expect(hours(r.draft_ready!, r.returned ?? r.approved!)).toBeLessThanOrEqual(1);
			// Also to the final approval: the reply-deadlines rule measures the stage to `approved` when both are present.
			expect(hours(r.draft_ready!, r.approved!)).toBeLessThanOrEqual(1);
			if (r.returned) {
				expect(hours(r.returned, r.resubmitted!)).toBeLessThanOrEqual(1);
				expect(hours(r.resubmitted!, r.published!)).toBeLessThanOrEqual(1);
			}
		}
	});

	it("names the pages Lyambir's act names", () => {
		const urls = tree.accounts.filter((a) => a.org === 'lyambir-admin').map((a) => a.url);
		expect(urls.sort()).toEqual(['https://ok.ru/profile/592736143635', 'https://vk.com/publik177238460']);
	});

	it('contains nothing that looks like a credential', () => {
		for (const file of tree.files) {
			const text = readFileSync(join(DATA, file), 'utf8');
			expect(text, file).not.toMatch(/парол[ья]\s*[:=]|password\s*[:=]|token|secret|[a-z0-9_.]+:[^\s@/]{6,}@/i);
		}
	});
});
