/**
 * Bodies exempt from keeping official pages (an organisation's `exemption`, citing the act's clause)
 * have no accounts, so no account listing shows them: the registry lists them on a page of their
 * own, with the basis of each exemption, and its filter nav links there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadPublicData } from '../../src/handoff/public-data.ts';

const dir = inject('siteDir');
const data = loadPublicData(process.env.PORTAL_DATA ?? 'data');
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const exempt = data.orgs.filter((org) => org.exemption);

describe('exempt bodies in the registry', () => {
	it('the demo data has an exempt body to list', () => {
		expect(exempt.length).toBeGreaterThan(0);
	});

	it('are listed with the clause of their exemption, linked to the act', () => {
		const page = read('reestr/osvobozhdeny/index.html');
		const table = /<table[\s\S]*?<\/table>/.exec(page)![0];
		expect(table).toMatch(/<caption[^>]*>[^<]+<\/caption>/);
		for (const org of exempt) {
			const row = [...table.matchAll(/<tr>[\s\S]*?<\/tr>/g)].map((m) => m[0]).find((r) => r.includes(`href="/org/${org.id}/"`));
			expect(row, org.id).toBeDefined();
			expect(row).toContain(`href="/akty/${org.exemption!.policy}/#`);
		}
		const rows = table.match(/<th scope="row"/g) ?? [];
		expect(rows).toHaveLength(exempt.length);
	});

	it.each(['reestr/index.html', 'reestr/set/vk/index.html'])('%s links to them from its filters', (path) => {
		const nav = /<nav class="filters"[\s\S]*?<\/nav>/.exec(read(path))![0];
		expect(nav).toContain('href="/reestr/osvobozhdeny/"');
		expect(nav).toMatch(new RegExp(`href="/reestr/osvobozhdeny/"[^>]*>[^<]+</a>\\s*<span class="count">\\(${exempt.length}\\)`));
	});
});
