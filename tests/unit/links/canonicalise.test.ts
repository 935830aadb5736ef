import { describe, expect, it } from 'vitest';
import { accountUrl, canonicalise, NETWORK_HOSTS, NETWORKS, skeleton } from '../../../src/lib/links/index.ts';
import { refused } from './cases/refused.ts';
import { lookalikes, misspelt } from './cases/suspicious.ts';
import { accounts, posts } from './cases/valid.ts';

describe('canonicalise: table', () => {
	const table = [...accounts, ...posts, ...refused, ...lookalikes, ...misspelt];

	it('is broad enough to cover every rule', () => {
		expect(table.length).toBeGreaterThanOrEqual(120);
	});

	it.each(table)('%j → %s %s %s', (input, kind, canonical, reason) => {
		const result = canonicalise(input);
		expect({ kind: result.kind, canonical: result.canonical, reason: result.reason }).toEqual({ kind, canonical, reason });
		expect(result.input).toBe(input);
	});
});

describe('canonicalise: network and hint', () => {
	it.each([
		['https://vk.com/publik177238460', 'vk:club177238460'],
		['https://vk.com/pubIic123', 'vk:club123'],
		['https://vk.com/c1ub123', 'vk:club123'],
		['https://vk.com/clubl23', 'vk:club123'],
		['https://vk.com/grup55', 'vk:club55'],
		['https://vk.com/ld123', 'vk:id123'],
		['https://vk.com/id0123', 'vk:id123'],
		['https://vk.com/club-123', 'vk:club123'],
	])('%s hints %s', (input, hint) => {
		expect(canonicalise(input).hint).toBe(hint);
	});

	it.each(['https://vk.com/durov', 'https://vk.com/club123', 'https://vk.com/klubnika', 'https://vk.com/id'])(
		'%s carries no hint',
		(input) => {
			expect(canonicalise(input).hint).toBeUndefined();
		},
	);

	it.each([
		['https://vk.corn/durov', 'vk'],
		['https://оk.ru/group/1', 'ok'],
		['https://t.mе/durov', 'tg'],
		['https://ok.ru.secure-id.com/group/1', 'ok'],
		['https://vk.com/durоv', 'vk'],
		['https://vk.com/feed', 'vk'],
		['https://t.me/+abc', 'tg'],
		['https://dzen.ru/a/xyz', 'dzen'],
	])('%s is attributed to %s', (input, network) => {
		expect(canonicalise(input).network).toBe(network);
	});

	it.each(['https://vk.cc/x', 'https://vk.com/away.php?to=x', 'https://example.com', 'durov', ''])('%j has no network', (input) => {
		expect(canonicalise(input).network).toBeNull();
	});
});

describe('accountUrl', () => {
	it.each([
		['vk:club123', 'https://vk.com/club123'],
		['vk:durov', 'https://vk.com/durov'],
		['ok:group/123', 'https://ok.ru/group/123'],
		['tg:durov', 'https://t.me/durov'],
		['max:mintrud', 'https://max.ru/mintrud'],
		['dzen:id/5a1b2c3d4e5f6071', 'https://dzen.ru/id/5a1b2c3d4e5f6071'],
		['rutube:channel/23704195', 'https://rutube.ru/channel/23704195/'],
		['youtube:@mintrud', 'https://www.youtube.com/@mintrud'],
		['youtube:channel/UCBR8-60-B28hp2BmDPdntcQ', 'https://www.youtube.com/channel/UCBR8-60-B28hp2BmDPdntcQ'],
		['fb:id100064', 'https://www.facebook.com/profile.php?id=100064'],
		['ig:mintrud', 'https://www.instagram.com/mintrud/'],
		['x:mintrud', 'https://x.com/mintrud'],
	])('%s → %s', (canonical, url) => {
		expect(accountUrl(canonical)).toBe(url);
	});

	it.each(['', 'vk', 'vk:', 'mail:durov', 'vk:feed', 'vk:Durov', 'vk:public123', 'tg:ab', 'ok:group/x'])(
		'%j is not a canonical id',
		(canonical) => {
			expect(accountUrl(canonical)).toBeNull();
		},
	);

	it('uses only official hosts, canonical first', () => {
		for (const network of NETWORKS) {
			const url = accountUrl(`${network}:${network === 'ok' ? 'group/1' : 'durov_official'}`);
			if (url === null) continue;
			expect(new URL(url).hostname).toBe(NETWORK_HOSTS[network][0]);
		}
	});
});

describe('skeleton', () => {
	it.each([
		['vk.corn', 'vk.com'],
		['vk.c0m', 'vk.com'],
		['оk.ru', 'ok.ru'],
		['t.mе', 't.me'],
		['ＶＫ.com', 'vk.com'],
		['pubIic', 'public'],
		['c1ub', 'club'],
		['durоv', 'durov'],
	])('%s looks like %s', (a, b) => {
		expect(skeleton(a)).toBe(skeleton(b));
	});

	it.each([
		['vk.com', 'ok.ru'],
		['durov', 'durak'],
		['привет', 'privet'],
	])('%s differs from %s', (a, b) => {
		expect(skeleton(a)).not.toBe(skeleton(b));
	});
});
