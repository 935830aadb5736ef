/**
 * Organisation pages (/org/<id>/): the details the acts require to be public, accounts, acts with
 * clause links, exemption, quarterly compliance tables (captioned, scoped), Pagefind body/filters.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadPublicData } from '../../src/handoff/public-data.ts';
import { formatCoordinate } from '../../src/lib/ru-format.ts';
import { t } from '../../src/i18n/index.ts';

const dir = inject('siteDir');
const data = loadPublicData(process.env.PORTAL_DATA ?? 'data');
const page = (id: string) => readFileSync(join(dir, 'org', id, 'index.html'), 'utf8');
/** Text with tags dropped and non-breaking spaces as ordinary ones. */
const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replaceAll('\u00a0', ' ')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');
const orgsWithStats = new Set(data.series.filter((s) => s.series === 'stats').map((s) => s.org));

describe('organisation pages', () => {
	it('exist for every organisation', () => {
		expect(data.orgs.filter((org) => !existsSync(join(dir, 'org', org.id, 'index.html'))).map((org) => org.id)).toEqual([]);
	});

	it.each(data.orgs.map((org) => [org.id, org] as const))('%s shows its public details, accounts and acts', (id, org) => {
		const html = page(id);
		const plain = text(html);
		expect(plain).toContain(org.name.replace(/\s+/g, ' '));
		expect(plain).toContain(org.address.replace(/\s+/g, ' '));
		expect(plain).toContain(org.inn);
		expect(plain).toContain(org.ogrn);
		if (org.email) expect(html).toContain(`href="mailto:${org.email}"`);
		if (org.website) expect(html).toContain(`href="${org.website}"`);
		for (const phone of org.phones) expect(html).toContain(`href="tel:${phone.replace(/[^\d+]/g, '')}"`);
		if (org.geo) expect(plain).toContain(formatCoordinate(org.geo.lat));
		// Its accounts link to their statements.
		for (const account of data.accounts.filter((a) => a.org === id)) expect(html).toContain(`href="/akkaunt/${account.id}/"`);
		// The acts it is under link to their pages.
		for (const policyId of org.policies ?? data.site!.policies) expect(html).toContain(`href="/akty/${policyId}/"`);
		// Search: the main content is indexed, with filters.
		expect(html).toMatch(/<div data-pagefind-body>/);
		expect(html).toMatch(/data-pagefind-filter="Вид организации:[^"]+"/);
		if (orgsWithStats.has(id)) {
			expect(html).toMatch(/<caption id="posts-\d{4}-\d">Публикации за [IV]+ квартал \d{4}[^<]*<\/caption>/);
		}
	});

	it('compliance tables count weeks meeting the minimum against weeks due, citing the clause', () => {
		const html = page('altai-government');
		const table = /<caption id="posts-2024-3">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
		expect(table).toMatch(/\d+ из \d+\u00a0недел/);
		expect(table).toContain('href="/akty/altai-2020-133/#p-6"');
		for (const th of table.match(/<th\b[^>]*>/g) ?? []) expect(th).toMatch(/scope="(col|row)"/);
	});

	it('shows reply times per stage against the limit where a reply log exists', () => {
		const withReplies = [...new Set(data.series.filter((s) => s.series === 'replies').map((s) => s.org))];
		for (const id of withReplies) {
			const html = page(id);
			expect(html, id).toMatch(/<caption id="replies-\d{4}-\d">/);
			expect(html).toContain('Медиана');
			expect(html).toContain('90-й процентиль');
		}
	});

	it('states an exemption with its basis clause', () => {
		for (const org of data.orgs.filter((o) => o.exemption)) {
			const html = page(org.id);
			expect(html).toContain('id="exemption"');
			expect(html).toContain(`href="/akty/${org.exemption!.policy}/#${org.exemption!.clause}"`);
		}
	});

	it('lists the details as label / value rows, the contact rows out of the search index', () => {
		const org = data.orgs.find((o) => o.email && o.website && o.phones.length)!;
		const list = /<dl class="summary-list">(.*?)<\/dl>/s.exec(page(org.id))?.[1] ?? '';
		const rows = [...list.matchAll(/<div( data-pagefind-ignore(?:="true")?)?><dt>([^<]*)<\/dt> <dd>/g)].map((m) => [m[2], Boolean(m[1])]);
		const key = (name: string) => t(`org.${name}`);
		expect(rows).toEqual([
			[key('name'), false],
			[key('shortName'), false],
			...(org.parent ? [[key('parent'), false]] : []),
			[key('address'), false],
			...['geo', 'email', 'phones', 'website', 'inn', 'ogrn'].map((name) => [key(name), true]),
		]);
		expect(list).toContain(`<a href="${org.website}" rel="external noopener noreferrer">`);
	});
});
