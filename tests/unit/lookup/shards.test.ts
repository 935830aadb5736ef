import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildShards, lookup, nameKey, RegistryLookup } from '../../../src/lib/lookup/index.ts';
import { ACCOUNTS } from './fixture.ts';
import { syntheticName, syntheticRegistry } from './synthetic.ts';

describe('shard files', () => {
	it('are deterministic and versioned by content', () => {
		const a = buildShards({ accounts: ACCOUNTS });
		const b = buildShards({ accounts: [...ACCOUNTS].reverse() });
		expect(b.config).toEqual(a.config);
		expect([...b.files]).toEqual(expect.arrayContaining([...a.files]));
		const changed = buildShards({
			accounts: ACCOUNTS.map((x) =>
				x.id === 'primer-admin-tg' ? { ...x, status: 'closed' as const, closed: { date: '2026-01-01', reason: 'закрыта' } } : x,
			),
		});
		expect(changed.config.v).not.toBe(a.config.v);
		expect(a.config.v).toMatch(/^[0-9a-f]{8}$/);
	});

	it('exist for every shard number, empty ones included', () => {
		const { config, files } = buildShards({ accounts: ACCOUNTS }, { exactTarget: 100, lookalikeTarget: 100 });
		expect(files.size).toBe(config.e + config.l + config.c);
		for (let i = 0; i < config.e; i++) expect(files.has(`${config.v}-e${i}`)).toBe(true);
		for (let i = 0; i < config.l; i++) expect(files.has(`${config.v}-l${i}`)).toBe(true);
		for (let i = 0; i < config.c; i++) expect(files.has(`${config.v}-c${i}`)).toBe(true);
	});

	it('keep a canonical registered twice once, for the first account', () => {
		const twice = [...ACCOUNTS, { ...ACCOUNTS[0]!, id: 'copy' }];
		const { files } = buildShards({ accounts: twice });
		const all = [...files.values()].join('');
		expect(all).not.toContain('"copy"');
	});
});

describe('payload at national scale (200,000 synthetic accounts)', () => {
	it('keeps every shard small and a check under 10 KB gzip', async () => {
		const registry = syntheticRegistry(200_000, 42);
		const { config, files } = buildShards(registry);
		const gz = new Map([...files].map(([name, text]) => [name, gzipSync(text).length]));
		const max = (kind: string) => Math.max(...[...gz].filter(([name]) => name.includes(`-${kind}`)).map(([, size]) => size));
		// Measured 1.4 KB and 2.9 KB at most (tests/bench/lookup-payload.ts); the bounds leave room.
		expect(max('e')).toBeLessThan(2_000);
		expect(max('l')).toBeLessThan(3_600);
		expect(max('c')).toBeLessThan(2_400);
		// Small shards are the price of the per-check budget: about 66,000 files at this size.
		expect(config.e + config.l + config.c).toBeLessThan(80_000);

		const next = registry.next;
		const named = registry.forms.filter((f) => nameKey(f) !== null);
		const pick = () => named[Math.floor(next() * named.length)] ?? '';
		const nameOf = (form: string) => nameKey(form)?.name ?? '';
		const url = (canonical: string) => {
			const network = canonical.slice(0, canonical.indexOf(':'));
			const host = { vk: 'vk.com', ok: 'ok.ru', tg: 't.me', max: 'max.ru', dzen: 'dzen.ru', rutube: 'rutube.ru' }[network];
			return `https://${host}/${canonical.slice(network.length + 1)}`;
		};
		const kinds = [
			() => url(registry.forms[Math.floor(next() * registry.forms.length)] ?? ''),
			() => url(`vk:${syntheticName(next)}`),
			() => url(pick().replace(/.(.)$/, '$1')), // one letter dropped
			() => url(`${pick()}_official`),
			() => `@${nameOf(pick()).replace(/.(.)$/, '$1')}`,
			() => `Пишите нам: https://vkontakte-gov.ru/${nameOf(pick())}`,
			() => `8 (${String(registry.contacts[Math.floor(next() * registry.contacts.length)]?.key ?? '').slice(6, 11)}) 000-00-00`,
		];
		for (let i = 0; i < 210; i++) {
			const input = kinds[i % kinds.length]!();
			let bytes = 0;
			const registryLookup = new RegistryLookup(config, async (name) => {
				bytes += gz.get(name) ?? 0;
				return JSON.parse(files.get(name) ?? 'null');
			});
			await lookup(input, registryLookup);
			expect(bytes, input).toBeLessThan(10_240);
		}
	}, 120_000);
});
