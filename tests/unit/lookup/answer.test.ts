/**
 * The answer contract (src/lib/lookup/answer.ts) per input kind and per look-alike technique, on
 * the small registry of fixture.ts, plus properties that must hold for any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerLine, ANSWER_VERDICTS, lookup } from '../../../src/lib/lookup/index.ts';
import { ACCOUNTS, harness } from './fixture.ts';

const h = harness(undefined, { exactTarget: 300, lookalikeTarget: 200, contactTarget: 60 });
const ask = async (input: string) => {
	const { verdict, accounts, orgs, reason } = answerLine(await lookup(input, h.lookup()));
	return { verdict, accounts: accounts.join(' '), orgs: orgs.join(' '), reason };
};

type Row = [input: string, verdict: string, reason: string, accounts?: string, orgs?: string];

const table = (rows: Row[]) =>
	it.each(rows)('%s → %s (%s)', async (input, verdict, reason, accounts = '', orgs = '') => {
		expect(await ask(input)).toEqual({ verdict, reason, accounts, orgs });
	});

describe('links, alone or in a message', () => {
	table([
		['https://vk.com/primer_admin', 'official', 'registered', 'primer-admin-vk'],
		['vk.com/club177238460', 'official', 'registered', 'primer-admin-vk'],
		['«https://t.me/primer_sovet»', 'official', 'registered', 'primer-sovet-tg'],
		['Вот наш канал: t.me/primer_sovet, пишите!', 'official', 'registered', 'primer-sovet-tg'],
		['Мы в г.Примерный, канал t.me/primer_sovet', 'official', 'registered', 'primer-sovet-tg'],
		['https://www.facebook.com/primerrayon', 'formerly-official', 'closed', 'primer-admin-fb'],
		['https://max.ru/primer_admin', 'official', 'registered', 'primer-admin-max'],
		['https://t.me/nobody_knows_this', 'not-registered', 'not-in-registry'],
		['https://ok.ru/primer_sovet', 'not-registered', 'name-registered-elsewhere', 'primer-sovet-tg'],
		['https://vk.cc/aBc123', 'not-an-account', 'shortener'],
		['https://t.me/+AbCdEf', 'not-an-account', 'invite-link'],
		['https://example.org/page', 'not-an-account', 'other-site'],
	]);

	it('says how many links the message held', async () => {
		const answer = await lookup('Пишите: t.me/primer_sovet или vk.com/primer_admin', h.lookup());
		expect({ links: answer.links, checked: answer.checked }).toEqual({ links: 2, checked: 't.me/primer_sovet' });
	});
});

describe('look-alikes name the real page, per technique', () => {
	table([
		['https://vk.com/primer_\u0430dmin', 'lookalike', 'confusable-name', 'primer-admin-vk'],
		['https://vk.com/primer_ad\u200bmin', 'lookalike', 'hidden-characters', 'primer-admin-vk'],
		['https://vk.\u0441om/primer_admin', 'lookalike', 'homoglyph-host', 'primer-admin-vk'],
		['https://vk.corn/primer_admin', 'lookalike', 'homoglyph-host', 'primer-admin-vk'],
		['https://ok.ru.gosuslugi-info.ru/primer_admin', 'lookalike', 'domain-as-subdomain', 'primer-admin-ok'],
		['https://vk.com@evil.example/primer_admin', 'lookalike', 'userinfo-host', 'primer-admin-vk'],
		['https://vkontakte-gov.ru/primer_admin', 'lookalike', 'brand-host', 'primer-admin-vk'],
		['https://ok-ru.net/primer_admin', 'lookalike', 'brand-host', 'primer-admin-ok'],
		['https://telegram-channel.ru/primer_sovet', 'lookalike', 'brand-host', 'primer-sovet-tg'],
		['https://telegram-channel.ru', 'lookalike', 'brand-host'],
		['https://t.me/primer_sovet_official', 'lookalike', 'impostor-affix', 'primer-sovet-tg'],
		['https://t.me/official_primer_sovet', 'lookalike', 'impostor-affix', 'primer-sovet-tg'],
		['https://t.me/primer_sovet_ru', 'lookalike', 'impostor-affix', 'primer-sovet-tg'],
		['https://t.me/primer_sovet1', 'lookalike', 'impostor-affix', 'primer-sovet-tg'],
		['https://vk.com/prlmer_admin', 'lookalike', 'similar-name', 'primer-admin-vk'],
		['https://vk.com/primer_admn', 'lookalike', 'similar-name', 'primer-admin-vk'],
		['https://vk.com/c1ub177238460', 'lookalike', 'misspelt-numeric-form', 'primer-admin-vk'],
	]);

	it('keeps numbered names apart: school 12 is not school 1 with a digit added', async () => {
		expect((await ask('https://vk.com/primer_school12')).verdict).toBe('not-registered');
	});
});

describe('bare handles', () => {
	table([
		['@primer_admin', 'name-registered', 'handle-registered', 'primer-admin-vk primer-admin-ok primer-admin-tg primer-admin-max'],
		['primer_sovet', 'name-registered', 'handle-registered', 'primer-sovet-tg'],
		['@primerrayon', 'formerly-official', 'closed', 'primer-admin-fb'],
		['@primer_s\u043evet', 'lookalike', 'confusable-name', 'primer-sovet-tg'],
		['@primer_sovet_official', 'lookalike', 'impostor-affix', 'primer-sovet-tg'],
		['@prlmer_sovet', 'lookalike', 'similar-name', 'primer-sovet-tg'],
		['@nobody_knows_this', 'not-registered', 'handle-not-registered'],
	]);
});

describe('websites, e-mail addresses and phones', () => {
	table([
		['https://primer-rayon.ru', 'official-contact', 'website', '', 'primer-admin'],
		['www.primer-rayon.ru/news/1', 'official-contact', 'website', '', 'primer-admin'],
		['priem@primer-rayon.ru', 'official-contact', 'email', '', 'primer-admin'],
		['Пишите на Priem@Primer-Rayon.ru', 'official-contact', 'email', '', 'primer-admin'],
		['+7 (49999) 3-21-55', 'official-contact', 'phone', '', 'primer-admin'],
		['8 49999 32155', 'official-contact', 'phone', '', 'primer-admin'],
		['84999932155', 'official-contact', 'phone', '', 'primer-admin'],
		['Звоните 8 (49999) 32-155 до 18:00', 'official-contact', 'phone', '', 'primer-admin'],
		['+7 (900) 000-00-00', 'not-registered', 'contact-not-listed'],
		['nobody@example.org', 'not-registered', 'contact-not-listed'],
	]);
});

describe('nothing to check', () => {
	table([
		['', 'not-an-account', 'empty'],
		['   ', 'not-an-account', 'empty'],
		['привет', 'not-an-account', 'not-a-link'],
		['Здравствуйте, это администрация', 'not-an-account', 'not-a-link'],
		['x'.repeat(20_000), 'not-an-account', 'too-long'],
		['\ud800', 'not-an-account', 'bad-encoding'],
	]);
});

describe('properties', () => {
	const registered = new Set(ACCOUNTS.flatMap((account) => account.forms));
	it('never throws, always gives a known verdict, and a look-alike is never a registered page', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string({ unit: 'grapheme', maxLength: 60 }),
					fc.constantFrom(...registered).map((c) => `https://vk.com/${c.slice(3)}\u0430`),
				),
				async (text) => {
					const answer = await lookup(text, h.lookup());
					expect(ANSWER_VERDICTS).toContain(answer.verdict);
					if (answer.verdict === 'lookalike' && answer.canonical !== null) expect(registered.has(answer.canonical)).toBe(false);
				},
			),
			{ numRuns: 300 },
		);
	}, 60_000);
});
