import { beforeEach, describe, expect, it } from 'vitest';
import { checkLink, foldLookalikes, type Verdict } from '../../../src/lib/lookup/index.ts';
import { harness } from './fixture.ts';

// Several shards even for ten accounts, so the tests also exercise the shard arithmetic.
const h = harness(undefined, { exactTarget: 300, lookalikeTarget: 200 });
const check = (input: string) => checkLink(input, h.lookup());
const summary = (v: Verdict) => ({
	verdict: v.verdict,
	account: 'account' in v ? v.account.record.a : undefined,
	candidates: 'candidates' in v ? v.candidates.map((c) => `${c.record.a} ${c.similarity}`) : undefined,
	reason: 'reason' in v ? v.reason : undefined,
});

beforeEach(() => {
	h.fetched.length = 0;
});

describe('link check: registered pages', () => {
	it('finds an active account by its address, with one fetch', async () => {
		const v = await check('https://vk.com/primer_admin');
		expect(v).toMatchObject({ verdict: 'official', canonical: 'vk:primer_admin', network: 'vk', via: 'account' });
		expect(summary(v).account).toBe('primer-admin-vk');
		expect(h.fetched).toHaveLength(1);
		expect(h.fetched[0]).toMatch(/^[0-9a-f]{8}-e\d+$/);
	});

	it('finds the same account by its numeric alias (club, public and m. forms)', async () => {
		for (const input of ['vk.com/club177238460', 'https://m.vk.com/public177238460', 'https://vk.com/primer_admin?w=wall-1_2']) {
			const v = await check(input);
			expect(summary(v).account, input).toBe('primer-admin-vk');
		}
		const alias = await check('https://vk.com/club177238460');
		expect(alias.verdict === 'official' && alias.account.record.m).toBe('vk:primer_admin');
	});

	it('resolves a post to its account and says so', async () => {
		const v = await check('https://vk.com/wall-285688907_15');
		expect(v).toMatchObject({ verdict: 'official', via: 'post', canonical: 'vk:club285688907' });
		expect(v.verdict === 'official' && v.account.record).toMatchObject({
			a: 'primer-admin-head-vk',
			t: 'Андрей Сомов — глава Примерного района',
			m: 'vk:glava_primer_rayon',
		});
		expect(await check('https://t.me/primer_admin/1234')).toMatchObject({ verdict: 'official', via: 'post' });
	});

	it('reports a closed account with its date and reason', async () => {
		const v = await check('https://www.facebook.com/primerrayon');
		expect(v.verdict).toBe('closed');
		expect(v.verdict === 'closed' && v.account.record).toMatchObject({ s: 'closed', d: '2022-03-21', r: 'Facebook заблокирован в России' });
	});

	it('keeps planned and suspended accounts official, with their status', async () => {
		const planned = await check('https://max.ru/primer_admin');
		const suspended = await check('https://ok.ru/primer_admin');
		expect(planned.verdict === 'official' && planned.account.record.s).toBe('planned');
		expect(suspended.verdict === 'official' && suspended.account.record.s).toBe('suspended');
	});

	it('records only the fields a verdict shows', async () => {
		const v = await check('https://t.me/primer_admin');
		expect(v.verdict === 'official' && v.account.record).toEqual({
			a: 'primer-admin-tg',
			o: 'primer-admin',
			n: 'Администрация Примерного района',
			s: 'active',
		});
	});
});

describe('link check: look-alikes', () => {
	it('names the real page behind a Cyrillic letter in a Latin name', async () => {
		const v = await check('https://t.me/primer_sоvet'); // Cyrillic о
		expect(summary(v)).toMatchObject({ verdict: 'lookalike', reason: 'confusable-name', candidates: ['primer-sovet-tg same-address'] });
	});

	it('finds look-alikes by skeleton among valid names (rn for m, 1 for i, 0 for o)', async () => {
		for (const input of ['vk.com/prirner_admin', 'vk.com/primer_adm1n', 'https://t.me/primer_s0vet']) {
			const v = await check(input);
			expect(summary(v), input).toMatchObject({ verdict: 'lookalike', reason: 'similar-name' });
			expect(summary(v).candidates?.[0], input).toMatch(/same-skeleton$/);
		}
	});

	it('finds look-alikes one edit away', async () => {
		for (const input of [
			'https://vk.com/primer_admn',
			'vk.com/primer_amdin',
			'vk.com/primer_adminn',
			'vk.com/primer.admin',
			'vk.com/primer_adnin',
		]) {
			expect(summary(await check(input)), input).toMatchObject({ verdict: 'lookalike', candidates: ['primer-admin-vk one-edit'] });
		}
	});

	it('names the real page behind a homoglyph host', async () => {
		const v = await check('https://vk.сom/primer_admin'); // Cyrillic с
		expect(summary(v)).toMatchObject({ verdict: 'lookalike', reason: 'homoglyph-host', candidates: ['primer-admin-vk same-address'] });
		expect(v.verdict === 'lookalike' && v.network).toBe('vk');
	});

	it('says an imitation is one even when the imitated page is unknown', async () => {
		expect(summary(await check('https://vk.com@evil.example/nobody_knows_this'))).toMatchObject({
			verdict: 'lookalike',
			reason: 'userinfo-host',
			candidates: [],
		});
	});

	it('names the real page behind a host that only dresses up as the network', async () => {
		const cases: [string, string, string][] = [
			['https://vk.com@evil.example/primer_admin', 'userinfo-host', 'primer-admin-vk same-address'],
			['https://vk.com.evil.example/primer_admin', 'domain-as-subdomain', 'primer-admin-vk same-address'],
			['t.me.secure-login.example/primer_sovet', 'domain-as-subdomain', 'primer-sovet-tg same-address'],
			['https://vkontakte-gov.ru/primer_admin', 'brand-host', 'primer-admin-vk same-address'],
			['https://ok-ru.net/primer_admin', 'brand-host', 'primer-admin-ok same-address'],
			['https://telegram-channel.ru/primer_sovet_official', 'brand-host', 'primer-sovet-tg impostor-affix'],
		];
		for (const [input, reason, candidate] of cases) {
			expect(summary(await check(input)), input).toMatchObject({ verdict: 'lookalike', reason, candidates: [candidate] });
		}
	});

	it('points a misspelt numeric address at the registered one', async () => {
		expect(summary(await check('https://vk.com/c1ub177238460'))).toMatchObject({
			verdict: 'lookalike',
			reason: 'misspelt-numeric-form',
			candidates: ['primer-admin-vk misspelt-numeric-form'],
		});
		const v = await check('https://vk.com/club-177238460');
		expect(v).toMatchObject({ verdict: 'invalid', reason: 'misspelt-numeric-form' });
		expect(v.verdict === 'invalid' && v.suggestion?.record.a).toBe('primer-admin-vk');
	});

	it('does not call unrelated or differently numbered names look-alikes', async () => {
		for (const input of [
			'https://vk.com/durov',
			'vk.com/primer_school3',
			'vk.com/primer_school12',
			'https://dzen.ru/primer_admn',
			'vk.com/prime',
			'vk.com/club177238461',
			'https://ok.ru/group/70000171432305',
		]) {
			expect((await check(input)).verdict, input).toBe('unknown');
		}
	});

	it('does not confuse the two registered schools with each other', async () => {
		expect(summary(await check('vk.com/primer_school2')).account).toBe('primer-school-2-vk');
	});
});

describe('link check: not an account link', () => {
	it.each([
		['https://vk.cc/abc', 'shortener'],
		['https://t.me/+AbCdEf123', 'invite-link'],
		['https://example.org/primer_admin', 'other-site'],
		['https://vk.com/feed', 'reserved-page'],
		['привет', 'not-a-link'],
	])('%s → invalid (%s)', async (input, reason) => {
		expect(await check(input)).toMatchObject({ verdict: 'invalid', reason });
		expect(h.fetched).toHaveLength(0);
	});
});

describe('foldLookalikes', () => {
	it('replaces look-alike letters and drops invisible ones, leaving ASCII alone', () => {
		expect(foldLookalikes('https://vk.сom/primer_аdmin')).toBe('https://vk.com/primer_admin');
		expect(foldLookalikes('https://vk.com/primer\u200b_admin')).toBe('https://vk.com/primer_admin');
		expect(foldLookalikes('https://VK.com/Primer_1')).toBe('https://VK.com/Primer_1');
	});
});

describe('lookup cache', () => {
	it('fetches a shard once per lookup and retries after a failure', async () => {
		let calls = 0;
		const { RegistryLookup } = await import('../../../src/lib/lookup/index.ts');
		const lookup = new RegistryLookup(h.shards.config, async (name) => {
			calls++;
			if (calls === 1) throw new Error('offline');
			return JSON.parse(h.shards.files.get(name) ?? 'null');
		});
		await expect(checkLink('https://vk.com/primer_admin', lookup)).rejects.toThrow('offline');
		expect((await checkLink('https://vk.com/primer_admin', lookup)).verdict).toBe('official');
		expect((await checkLink('https://vk.com/primer_admin', lookup)).verdict).toBe('official');
		expect(calls).toBe(2);
	});
});
