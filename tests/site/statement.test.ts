/**
 * Statement pages (/akkaunt/<id>/): owner, legal basis citing art. 10 of 8-FZ and the act's clause,
 * Russian dates, QR code, snippet with the statement URL, no inline or third-party JavaScript, and the 30 KB budget
 * (gzip of the HTML plus every stylesheet it loads).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { loadPublicData } from '../../src/handoff/public-data.ts';
import { formatDate } from '../../src/lib/ru-format.ts';

const dir = inject('siteDir');
const data = loadPublicData(process.env.PORTAL_DATA ?? 'data');
const orgs = new Map(data.orgs.map((org) => [org.id, org]));
const baseUrl = data.site!.baseUrl.replace(/\/$/, '');
const BUDGET = 30 * 1024;

const page = (id: string) => readFileSync(join(dir, 'akkaunt', id, 'index.html'), 'utf8');
/** Text content with tags dropped and entities of quotes decoded, for plain-text assertions. */
const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

describe('statement pages', () => {
	it('exist for every account', () => {
		const missing = data.accounts.filter((a) => !existsSync(join(dir, 'akkaunt', a.id, 'index.html'))).map((a) => a.id);
		expect(missing).toEqual([]);
	});

	it.each(data.accounts.map((a) => [a.id, a] as const))('%s states owner, basis, dates, QR and snippet', (id, account) => {
		const html = page(id);
		const plain = text(html);
		const org = orgs.get(account.org)!;
		const url = `${baseUrl}/akkaunt/${id}/`;
		// Owner, linked to its organisation page.
		expect(html).toContain(`<a href="/org/${org.id}/">`);
		expect(plain).toContain(org.name);
		// Entry number is the account id.
		expect(plain).toContain('Номер записи');
		expect(html).toContain(`<code>${id}</code>`);
		// Basis: art. 10 of 8-FZ, linked to its anchor on the act page, then the org's own act clause.
		expect(html).toContain('href="/akty/federal-baseline/#fz8-art10"');
		expect(plain).toMatch(/ст\.\s10 Федерального закона от 09\.02\.2009 №\s8-ФЗ/);
		// Dates in Russian form.
		for (const date of [account.registered, account.opened, account.reviewed, account.closed?.date]) {
			if (date) expect(html).toContain(`<time datetime="${date}">${formatDate(date)}</time>`);
		}
		// QR code as inline SVG, labelled with the statement URL.
		expect(html).toMatch(/<svg class="qr"[^>]*role="img"[^>]*aria-label="[^"]*https:\/\//);
		expect(html).toMatch(/<path d="M\d/);
		// Its caption prints the address with break points between its parts, never mid-word (UrlText).
		const caption = /<figure class="qr-figure">[\s\S]*?<figcaption>([\s\S]*?)<\/figcaption>/.exec(html)?.[1] ?? '';
		expect(caption).toContain('<wbr>');
		expect(caption.replace(/<[^>]+>/g, '')).toBe(url);
		expect(html).toContain(url);
		// Script only as the site's own external files (no inline code, no handlers): the statement
		// reads in full without it.
		for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) expect(tag).toMatch(/ src="\/[^/"][^"]*\.js"/);
		expect(html).not.toMatch(/<script\b[^>]*>[^<]/i);
		expect(html).not.toMatch(/\son[a-z]+=/i);
		if (account.status === 'closed') {
			expect(plain).toContain(`до ${formatDate(account.closed!.date)}`);
			expect(plain).toContain(account.closed!.reason);
		} else {
			// The snippet for the page's description carries the statement URL.
			const snippet = /<pre class="snippet"[^>]*><code>([\s\S]*?)<\/code><\/pre>/.exec(html)?.[1];
			expect(snippet).toContain(url);
			expect(text(snippet ?? '')).toContain(org.name);
		}
	});

	it("cites the act clause of each organisation's own policy (anchor on the act page)", () => {
		const altai = page('altai-government-vk');
		expect(altai).toContain('href="/akty/altai-2020-133/#p-5"');
		const district = data.accounts.find((a) => a.org === 'primer-admin' && a.status === 'active');
		if (district) expect(page(district.id)).toContain('href="/akty/khasyn-undated/#s1-p5-1"');
	});

	it('keeps closed accounts as «официальная страница до <date>»', () => {
		const closed = data.accounts.filter((a) => a.status === 'closed');
		expect(closed.length).toBeGreaterThan(0);
		for (const account of closed) expect(text(page(account.id))).toMatch(/Официальная страница[^<]* до \d/);
	});

	it('links a closed page to the page that continues it, when that page is registered', () => {
		const closed = data.accounts.filter((a) => a.closed?.successor);
		expect(closed.length).toBeGreaterThan(0);
		for (const account of closed) {
			const successor = data.accounts.find((a) => a.id === account.closed!.successor)!;
			expect(successor).toBeDefined();
			const html = page(account.id);
			expect(html).toMatch(
				new RegExp(`<p class="statement-successor">[^]*?<a href="/akkaunt/${successor.id}/">[^<]*${successor.name.replace(/[«»]/g, '.')}`),
			);
		}
		// A closed page without a successor names none.
		const alone = data.accounts.find((a) => a.status === 'closed' && !a.closed?.successor)!;
		expect(page(alone.id)).not.toContain('statement-successor');
	});

	it.each(data.accounts.map((a) => [a.id]))('%s with its CSS is within 30 KB compressed', (id) => {
		const html = page(id);
		const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(dir, m[1]!), 'utf8'));
		const inline = [...html.matchAll(/<style\b/g)];
		expect(inline).toHaveLength(0);
		const size = gzipSync(html).length + styles.reduce((sum, css) => sum + gzipSync(css).length, 0);
		expect(size).toBeLessThanOrEqual(BUDGET);
	});

	it('loads a print stylesheet for filing', () => {
		const html = page(data.accounts[0]!.id);
		expect(html).toContain('<link rel="stylesheet" href="/print.css" media="print">');
		const print = readFileSync(join(dir, 'print.css'), 'utf8');
		expect(print).toMatch(/#000/);
		expect(print).toMatch(/attr\(href\)/);
		expect(print).toMatch(/\.site-header nav[^{]*\{[^}]*display: none/);
	});
});
