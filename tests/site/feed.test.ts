/**
 * The Atom feed of registry changes (/feed.xml): well-formed enough for readers (declaration, one
 * root, balanced entries), the required Atom elements, newest first, absolute links that lead to
 * built statement pages, stable ids.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadPublicData } from '../../src/handoff/public-data.ts';

const dir = inject('siteDir');
const data = loadPublicData(process.env.PORTAL_DATA ?? 'data');
const baseUrl = data.site!.baseUrl.replace(/\/$/, '');
const xml = readFileSync(join(dir, 'feed.xml'), 'utf8');
const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
const field = (entry: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(entry)?.[1];

describe('feed.xml', () => {
	it('is one Atom <feed> with its required elements', () => {
		expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
		expect(xml.trimEnd().endsWith('</feed>')).toBe(true);
		const head = xml.slice(0, xml.indexOf('<entry>'));
		expect(head).toMatch(/<id>[^<]+<\/id>/);
		expect(head).toMatch(/<title>[^<]+<\/title>/);
		expect(head).toMatch(/<updated>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z<\/updated>/);
		expect(head).toMatch(/<author><name>[^<]+<\/name><\/author>/);
		expect(head).toContain(`<link rel="self" type="application/atom+xml" href="${baseUrl}/feed.xml"/>`);
	});

	it('is well-formed: one root, tags nest and close, text is escaped', () => {
		const stack: string[] = [];
		let roots = 0;
		for (const [, closing, name, , selfClosing] of xml.replace(/^<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([a-z][\w:-]*)(\s[^>]*?)?(\/?)>/gi)) {
			if (closing) expect(stack.pop()).toBe(name);
			else if (!selfClosing) {
				if (!stack.length) roots++;
				stack.push(name!);
			}
		}
		expect(stack).toEqual([]);
		expect(roots).toBe(1);
		expect(xml.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toMatch(/&/);
	});

	it('has entries with id, title, updated, link and summary, newest first', () => {
		expect(entries.length).toBeGreaterThan(0);
		const dates = entries.map((entry) => field(entry, 'updated')!);
		expect(dates).toEqual([...dates].sort().reverse());
		expect(xml).toContain(`<updated>${dates[0]}</updated>`);
		for (const entry of entries) {
			// Dated events of the account records, and record changes from the Git history (src/queries/history.ts).
			expect(field(entry, 'id')).toMatch(
				/^tag:[^,]+,\d{4}-\d{2}-\d{2}:(account\/[a-z0-9-]+\/(opened|registered|closed)|(account|org)\/[a-z0-9-]+\/history\/[0-9a-f]{12})$/,
			);
			expect(field(entry, 'title')).toBeTruthy();
			expect(field(entry, 'summary')).toBeTruthy();
		}
		expect(new Set(entries.map((entry) => field(entry, 'id'))).size).toBe(entries.length);
	});

	it('links each entry to a built statement or organisation page by absolute address', () => {
		for (const entry of entries) {
			const href = /<link rel="alternate" type="text\/html" href="([^"]+)"\/>/.exec(entry)?.[1];
			expect(href?.startsWith(`${baseUrl}/akkaunt/`) || href?.startsWith(`${baseUrl}/org/`)).toBe(true);
			expect(existsSync(join(dir, href!.slice(baseUrl.length), 'index.html'))).toBe(true);
		}
	});

	it('reports the closure the demo history holds, with its merge request', () => {
		const entry = entries.find((e) => /<title>Отмечена как закрытая: /.test(e));
		expect(entry).toBeDefined();
		expect(field(entry!, 'summary')).toMatch(/Страница отмечена в реестре как закрытая .* Запрос на слияние !\d+\./);
	});
});
