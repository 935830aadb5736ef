/**
 * The form's link check, on the same shards as the public check: the form used to save a page
 * already registered to another organisation (under its m.vk.com form), and a look-alike of one.
 */
import { describe, expect, it } from 'vitest';
import { canonicalLink, followLink, judgeLink } from '../../../src/editor/link-verdict.ts';
import { harness } from '../lookup/fixture.ts';

const registry = () => harness().lookup();

describe('judgeLink', () => {
	it.each([
		'https://m.vk.com/primer_admin',
		'https://vk.com/primer_admin?from=search',
		'vk.com/club177238460',
		'https://VK.com/Primer_Admin/',
	])('refuses a registered page under any address form: %s', async (typed) => {
		const judgement = await judgeLink(typed, registry(), null);
		expect(judgement.ok).toBe(false);
		expect(judgement.message).toMatch(/уже есть в реестре/);
		expect(judgement.message).toContain('primer-admin-vk');
	});

	it("refuses a duplicate with the existing record's public page, to open and see", async () => {
		for (const typed of ['https://vk.com/primer_admin', 'https://vk.com/club177238460']) {
			const judgement = await judgeLink(typed, registry(), null);
			expect(judgement, typed).toMatchObject({ ok: false, record: { id: 'primer-admin-vk', path: 'akkaunt/primer-admin-vk/' } });
		}
		// Registered under its numeric form: the refusal names the address the record keeps.
		const alias = await judgeLink('https://vk.com/club177238460', registry(), null);
		expect(alias.message).toContain('https://vk.com/primer_admin');
		expect((await judgeLink('https://vk.com/primer_new_page', registry(), null)).record).toBeUndefined();
	});

	it('an address form entered among the aliases is checked the same way, and said to be one', async () => {
		// Another record's numeric form, typed as an alias of a new page: refused like the main link.
		const taken = await judgeLink('https://vk.com/club177238460', registry(), null, 'alias');
		expect(taken).toMatchObject({ ok: false, record: { id: 'primer-admin-vk' }, message: expect.stringMatching(/уже есть в реестре/) });
		// The page's own alias, on the record being edited.
		expect(await judgeLink('https://vk.com/club177238460', registry(), 'primer-admin-vk', 'alias')).toMatchObject({ ok: true });
		const free = await judgeLink('https://vk.com/club999999999', registry(), null, 'alias');
		expect(free).toMatchObject({ ok: true, url: 'https://vk.com/club999999999' });
		// An alias sets no network: the main link does.
		expect(free.message).not.toMatch(/Социальная сеть|сеть —/);
		expect(free.message).toMatch(/форм/);
	});

	it('counts look-alike pages in Russian plural forms, and shows no count for one or none', async () => {
		const two = await judgeLink('https://vk.com/primer_schoo1', registry(), null);
		expect(two.ok).toBe(false);
		expect(two.message).toMatch(/похож на 2\u00a0страницы из реестра/);
		const one = await judgeLink('https://vk.com/primer_s\u0441hool1', registry(), null);
		expect(one.message).toMatch(/похож на страницу из реестра/);
		expect(one.message).not.toMatch(/\d\u00a0страниц/);
		for (const judgement of [one, two]) expect(judgement.message).not.toMatch(/\b0\b|\b1\u00a0/);
	});

	it('refuses a closed page too: a closed page keeps its record', async () => {
		const judgement = await judgeLink('https://facebook.com/primerrayon', registry(), null);
		expect(judgement).toMatchObject({ ok: false, message: expect.stringMatching(/как закрытая/) });
	});

	it('accepts the page of the account being edited', async () => {
		const judgement = await judgeLink('https://m.vk.com/primer_admin', registry(), 'primer-admin-vk');
		expect(judgement).toMatchObject({ ok: true, url: 'https://vk.com/primer_admin', network: 'vk' });
	});

	it("does not accept another account's page for the account being edited", async () => {
		expect((await judgeLink('https://vk.com/primer_school1', registry(), 'primer-admin-vk')).ok).toBe(false);
	});

	it('refuses a look-alike with a Cyrillic letter, naming the real page', async () => {
		const judgement = await judgeLink('https://vk.com/primer_\u0430dmin', registry(), null);
		expect(judgement.ok).toBe(false);
		expect(judgement.message).toMatch(/похож/);
		expect(judgement.message).toContain('https://vk.com/primer_admin');
	});

	it('refuses a look-alike host', async () => {
		const judgement = await judgeLink('https://vk-com.ru/primer_admin', registry(), null);
		expect(judgement.ok).toBe(false);
	});

	it('refuses what is not a page of a network: another site, a post-less shortener, text', async () => {
		for (const typed of ['https://primer-rayon.ru/', 'https://example.org/page', 'просто текст']) {
			const judgement = await judgeLink(typed, registry(), null);
			expect(judgement.ok, typed).toBe(false);
			expect(judgement.message, typed).not.toBe('');
		}
	});

	it('accepts a page no one has, in its canonical form, and says which network it is', async () => {
		const judgement = await judgeLink('https://m.vk.com/primer_new_page/?utm_source=x', registry(), null);
		expect(judgement).toMatchObject({ ok: true, url: 'https://vk.com/primer_new_page', network: 'vk' });
		expect(judgement.message).toContain('ВКонтакте');
	});

	it('asks for a link when there is none', async () => {
		expect(await judgeLink('  ', registry(), null)).toMatchObject({ ok: false });
	});
});

describe('canonicalLink and followLink', () => {
	it('gives the one address the registry keeps, or null', () => {
		expect(canonicalLink('https://m.vk.com/primer_admin?from=search')).toEqual({ url: 'https://vk.com/primer_admin', network: 'vk' });
		expect(canonicalLink('https://t.me/s/primer_admin')).toEqual({ url: 'https://t.me/primer_admin', network: 'tg' });
		expect(canonicalLink('https://example.org/')).toBeNull();
		// A post is not a page: the registry lists pages.
		expect(canonicalLink('https://vk.com/primer_admin?w=wall-1_2')).toBeNull();
	});

	it('an account as saved: the link in its one form, the network the link leads to', () => {
		const map = (data: Record<string, unknown>) => ({
			data,
			get: (key: string) => data[key],
			set: (key: string, value: unknown) => map({ ...data, [key]: value }),
		});
		expect(followLink(map({ id: 'x', network: 'max', url: 'https://m.vk.com/primer_new?from=search' })).data).toEqual({
			id: 'x',
			network: 'vk',
			url: 'https://vk.com/primer_new',
		});
		expect(followLink(map({ network: 'max' })).data).toEqual({ network: 'max' });
		expect(followLink(map({ network: 'max', url: 'https://example.org/' })).data).toEqual({ network: 'max', url: 'https://example.org/' });
	});
});
