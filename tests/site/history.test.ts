/**
 * The record history of the built demo site, read from the demo data's own repository
 * (src/dev/demo/history.ts, written by build-once.ts): statements show the registration date and
 * the history without contradiction, the feed holds additions, changes and the closure newest
 * first with unique ids, the formatting-only and internal-only merge requests show nowhere, and
 * every page links the feed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { DEMO_REPOSITORY, HISTORY_START } from '../../src/dev/demo/history.ts';
import { formatDate } from '../../src/lib/ru-format.ts';
import { loadPublicData } from '../../src/handoff/public-data.ts';

const dir = inject('siteDir');
const data = loadPublicData(process.env.PORTAL_DATA ?? 'data');
const asOf = data.site!.asOf!;
/** Dates as the page prints them, spaces (no-break ones too) as one. */
const date = (iso: string) => formatDate(iso).replace(/\s+/g, ' ');
const page = (id: string) => readFileSync(join(dir, 'akkaunt', id, 'index.html'), 'utf8');
const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');

interface Row {
	kind: string;
	date: string;
	change: string;
	request: string;
	href?: string;
}

/** The rows of a statement's «Изменения записи в реестре» table. */
function historyRows(html: string): Row[] {
	const table = /<table class="record-history"[^>]*>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
	return [...table.matchAll(/<tr data-kind="(\w+)"[^>]*>([\s\S]*?)<\/tr>/g)].map(([, kind, row]) => {
		const cells = [...row!.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => m[1]!);
		const href = /<a href="([^"]+)"/.exec(cells[2] ?? '')?.[1];
		return {
			kind: kind!,
			date: /datetime="([\d-]+)"/.exec(cells[0] ?? '')?.[1] ?? '',
			change: text(cells[1] ?? '').trim(),
			request: text(cells[2] ?? '').trim(),
			...(href ? { href } : {}),
		};
	});
}

describe('record history on statements', () => {
	it('starts with the record’s addition on its registration day, or says the journal starts later', () => {
		for (const account of data.accounts) {
			const html = page(account.id);
			const rows = historyRows(html);
			expect(rows.length, account.id).toBeGreaterThan(0);
			const first = rows[0]!;
			if (account.registered && account.registered >= HISTORY_START) {
				expect([account.id, first.kind, first.date, first.change]).toEqual([
					account.id,
					'added',
					account.registered,
					'Запись внесена в реестр',
				]);
				expect(html).not.toContain('history-starts-later');
			} else if (account.registered) {
				expect([account.id, first.kind, first.date]).toEqual([account.id, 'imported', HISTORY_START]);
				expect(text(html)).toContain(
					`Журнал изменений реестра ведётся с ${date(HISTORY_START)}, а запись внесена в реестр раньше, ${date(account.registered)}`,
				);
			} else expect([account.id, first.date]).toEqual([account.id, HISTORY_START]);
			// One addition, at the start; nothing after the data's own date; dates in order.
			expect(rows.slice(1).map((r) => r.kind)).not.toContain('added');
			expect(rows.every((r) => r.date >= HISTORY_START && r.date <= asOf)).toBe(true);
			expect(rows.map((r) => r.date)).toEqual(rows.map((r) => r.date).sort());
		}
	});

	it('names and links the merge request of each change; the formatting and internal-only ones show nowhere', () => {
		const rows = data.accounts.flatMap((a) => historyRows(page(a.id)));
		for (const row of rows.filter((r) => r.request !== '—')) {
			expect(row.request).toMatch(/^!\d+$/);
			expect(row.href).toBe(`${DEMO_REPOSITORY}/-/merge_requests/${row.request.slice(1)}`);
		}
		// The demo's formatting-only (10 March 2025) and staff-contacts (2 June 2025) merge requests.
		expect(rows.filter((r) => r.date === '2025-03-10' || r.date === '2025-06-02')).toEqual([]);
		expect(rows.filter((r) => r.kind === 'changed').length).toBeGreaterThanOrEqual(2);
	});

	it('shows what a change changed: the new short address, the rename, the closure', () => {
		const address = historyRows(page('primer-admin-vk'));
		expect(address.map((r) => [r.date, r.change])).toEqual([
			['2022-12-12', 'Запись внесена в реестр'],
			['2024-04-15', 'Запись изменена: другие адреса страницы, адрес страницы'],
		]);
		expect(historyRows(page('primer-museum-vk')).at(-1)).toMatchObject({ date: '2026-02-16', change: 'Запись изменена: название' });
		const closed = data.accounts.find((a) => a.id === 'klenovka-school-vk')!;
		const rows = historyRows(page(closed.id));
		expect(rows.at(-1)).toMatchObject({ kind: 'closed', change: 'Страница отмечена в реестре как закрытая' });
		// Marked a few days after the closure date the record gives (and the statement shows).
		expect(rows.at(-1)!.date >= closed.closed!.date).toBe(true);
		expect(text(page(closed.id))).toContain(date(closed.closed!.date));
	});
});

describe('feed of the history', () => {
	const xml = readFileSync(join(dir, 'feed.xml'), 'utf8');
	const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
	const field = (entry: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(entry)?.[1] ?? '';

	it('has additions, changes and the closure, newest first, each id once', () => {
		const titles = entries.map((e) => field(e, 'title'));
		expect(titles.some((t) => t.startsWith('Внесена запись: '))).toBe(true);
		expect(titles.some((t) => t.startsWith('Изменена запись: '))).toBe(true);
		expect(titles.some((t) => t.startsWith('Отмечена как закрытая: '))).toBe(true);
		const updated = entries.map((e) => field(e, 'updated'));
		expect(updated.every((u) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(u))).toBe(true);
		expect(updated).toEqual([...updated].sort().reverse());
		// Several years, not one day: the history is the registry's, not the portal's development log.
		expect(new Set(updated.map((u) => u.slice(0, 4))).size).toBeGreaterThanOrEqual(4);
		const ids = entries.map((e) => field(e, 'id'));
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.every((id) => /^tag:[^,]+,\d{4}-\d{2}-\d{2}:(account|org)\/[a-z0-9-]+\/history\/[0-9a-f]{12}$/.test(id))).toBe(true);
	});

	it('holds every addition of the demo (within its cap) and no entry for the formatting or internal-only merge requests', () => {
		const added = entries.filter((e) => field(e, 'title').startsWith('Внесена запись: '));
		expect(added.length).toBe(data.accounts.length);
		expect(entries.length).toBeLessThanOrEqual(250);
		expect(entries.filter((e) => /<updated>2025-(03-10|06-02)T/.test(e))).toEqual([]);
	});
});

describe('feed discovery', () => {
	it('every site page links the feed in its head', () => {
		const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
			// The form editor is Decap CMS's own application screen, not a site page (tests/e2e/admin.test.ts).
			.filter((file) => file.endsWith('.html') && !file.startsWith('admin/'));
		expect(pages.length).toBeGreaterThan(data.accounts.length);
		const missing = pages.filter((file) => {
			const head = readFileSync(join(dir, file), 'utf8').split('</head>')[0]!;
			return !/<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/feed\.xml">/.test(head);
		});
		expect(missing).toEqual([]);
	});
});
