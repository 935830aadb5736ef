import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildShards, checkLink, nameKey, RegistryLookup } from '../../../src/lib/lookup/index.ts';
import { ACCOUNTS } from './fixture.ts';
import { syntheticName, syntheticRegistry } from './synthetic.ts';

describe('shard files', () => {
	it('are deterministic and versioned by content', () => {
		const a = buildShards(ACCOUNTS);
		const b = buildShards([...ACCOUNTS].reverse());
		expect(b.config).toEqual(a.config);
		expect([...b.files]).toEqual(expect.arrayContaining([...a.files]));
		const changed = buildShards(ACCOUNTS.map((x) => (x.id === 'primer-admin-tg' ? { ...x, status: 'closed' as const, closed: { date: '2026-01-01', reason: 'закрыта' } } : x)));
		expect(changed.config.v).not.toBe(a.config.v);
		expect(a.config.v).toMatch(/^[0-9a-f]{8}$/);
	});

	it('exist for every shard number, empty ones included', () => {
		const { config, files } = buildShards(ACCOUNTS, { exactTarget: 100, lookalikeTarget: 100 });
		expect(files.size).toBe(config.e + config.l);
		for (let i = 0; i < config.e; i++) expect(files.has(`${config.v}-e${i}`)).toBe(true);
		for (let i = 0; i < config.l; i++) expect(files.has(`${config.v}-l${i}`)).toBe(true);
	});

	it('keep a canonical registered twice once, for the first account', () => {
		const twice = [...ACCOUNTS, { ...ACCOUNTS[0]!, id: 'copy' }];
		const { files } = buildShards(twice);
		const all = [...files.values()].join('');
		expect(all).not.toContain('"copy"');
	});
});

describe('payload at national scale (200,000 synthetic accounts)', () => {
	it('keeps every shard small and a check under 10 KB gzip', async () => {
		const registry = syntheticRegistry(200_000, 42);
		const { config, files } = buildShards(registry.accounts);
		const gz = new Map([...files].map(([name, text]) => [name, gzipSync(text).length]));
		const max = (kind: string) => Math.max(...[...gz].filter(([name]) => name.includes(`-${kind}`)).map(([, size]) => size));
		// Measured ≈ 2.4 KB and 1.9 KB (see tests/bench/lookup-payload.ts); the bounds leave room.
		expect(max('e')).toBeLessThan(3_000);
		expect(max('l')).toBeLessThan(2_600);
		expect(config.e + config.l).toBeLessThan(40_000);

		const next = registry.next;
		const named = registry.forms.filter((f) => nameKey(f) !== null);
		const queries = Array.from({ length: 150 }, (_, i) => {
			if (i % 3 === 0) return registry.forms[Math.floor(next() * registry.forms.length)] ?? '';
			if (i % 3 === 1) return `vk:${syntheticName(next)}`;
			const form = named[Math.floor(next() * named.length)] ?? '';
			return `${form.slice(0, -2)}${form.slice(-1)}`; // one letter dropped
		});
		for (const canonical of queries) {
			let bytes = 0;
			const lookup = new RegistryLookup(config, async (name) => {
				bytes += gz.get(name) ?? 0;
				return JSON.parse(files.get(name) ?? 'null');
			});
			const network = canonical.slice(0, canonical.indexOf(':'));
			const host = { vk: 'vk.com', ok: 'ok.ru', tg: 't.me', max: 'max.ru', dzen: 'dzen.ru', rutube: 'rutube.ru' }[network];
			await checkLink(`https://${host}/${canonical.slice(network.length + 1)}`, lookup);
			expect(bytes, canonical).toBeLessThan(10_240);
		}
	}, 120_000);
});
