import { describe, expect, it } from 'vitest';
import {
	buildShards,
	checkLink,
	editDistance,
	lookalikeGroups,
	MAX_CANDIDATES,
	nameKey,
	RegistryLookup,
	similarity,
} from '../../../src/lib/lookup/index.ts';
import { random, syntheticName, syntheticRegistry } from './synthetic.ts';

const key = (canonical: string) => {
	const k = nameKey(canonical);
	if (k === null) throw new Error(canonical);
	return k;
};

describe('editDistance (optimal string alignment)', () => {
	it.each([
		['primer_admin', 'primer_admin', 0],
		['primer_admin', 'primer_admn', 1],
		['primer_admin', 'primer_amdin', 1],
		['primer_admin', 'primer_adnin', 1],
		['primer_admin', 'xprimer_admin', 1],
		['primer_admin', 'primer_adminxy', 2],
		['abc', 'ca', 2],
		['', 'abc', 2],
		['администрация', 'админисрация', 1],
	])('%s ↔ %s = min(%i, limit+1)', (a, b, d) => {
		expect(editDistance(a, b, 1)).toBe(Math.min(d, 2));
		expect(editDistance(b, a, 1)).toBe(Math.min(d, 2));
	});

	it('counts code points, not UTF-16 units', () => {
		expect(editDistance('a😀b', 'a😁b', 1)).toBe(1);
	});
});

describe('nameKey', () => {
	it('skips numbers the network issued', () => {
		for (const canonical of [
			'vk:club123',
			'vk:id42',
			'ok:group/70000171432304',
			'ok:profile/5927',
			'rutube:channel/123',
			'fb:id100',
			'dzen:id/5f2a',
			'youtube:channel/UCabcdefghijklmnopqrstuv',
		]) {
			expect(nameKey(canonical), canonical).toBeNull();
		}
	});

	it('compares names by skeleton', () => {
		expect(key('vk:primer_admin').skeleton.join('')).toBe('prlmer_admln');
		expect(key('youtube:@primer').id).toBe('@primer');
	});
});

describe('similarity', () => {
	const sim = (a: string, b: string) => similarity(key(a), key(b));

	it('flags equal skeletons at any length and one edit from five characters on', () => {
		expect(sim('vk:prirner_admin', 'vk:primer_admin')).toBe('same-skeleton');
		expect(sim('vk:mvd0', 'vk:mvdo')).toBe('same-skeleton');
		expect(sim('vk:primer_admn', 'vk:primer_admin')).toBe('one-edit');
		expect(sim('vk:mvd', 'vk:mvdd')).toBeNull();
	});

	it('leaves different numbers, networks and the same name alone', () => {
		expect(sim('vk:primer_school1', 'vk:primer_school2')).toBeNull();
		expect(sim('vk:sosh_12_lipovka', 'vk:sosh_112_lipovka')).toBeNull();
		expect(sim('tg:primer_admn', 'vk:primer_admin')).toBeNull();
		expect(sim('vk:primer_admin', 'vk:primer_admin')).toBeNull();
		expect(sim('vk:kamenka_school', 'vk:klenovka_school')).toBeNull();
	});

	it('still flags a letter o typed for a zero', () => {
		expect(sim('vk:primer_school1o', 'vk:primer_school10')).toBe('same-skeleton');
	});

	it('gives a name at most six groups', () => {
		expect(lookalikeGroups(key('vk:primer_administraciya_rayona'))).toHaveLength(6);
		expect(lookalikeGroups(key('vk:mvd'))).toHaveLength(1);
	});
});

describe('look-alike index recall', () => {
	it('finds exactly what comparing against every registered name finds', async () => {
		const registry = syntheticRegistry(3_000, 7);
		const shards = buildShards(registry);
		const owner = new Map(registry.accounts.flatMap((a) => a.forms.map((f) => [f, a.id] as const)));
		const names = registry.forms.filter((f) => nameKey(f) !== null);
		const keys = names.map((n) => [n, key(n)] as const);
		const next = random(11);
		let compared = 0;
		for (let i = 0; i < 400; i++) {
			// Half forged from registered names (one random edit), half fresh names.
			const base = names[Math.floor(next() * names.length)] ?? '';
			const network = base.slice(0, base.indexOf(':'));
			let name = base.slice(network.length + 1);
			if (i % 2 === 0) {
				const chars = [...name];
				const at = Math.floor(next() * chars.length);
				if (next() < 0.5) chars.splice(at, 1);
				else chars[at] = 'abcdefghijklmnopqrstuvwxyz0_'[Math.floor(next() * 28)] ?? 'a';
				name = chars.join('');
			} else name = syntheticName(next);
			const query = `${network}:${name}`;
			if (owner.has(query)) continue;

			const rank = { 'same-skeleton': 0, 'one-edit': 1 };
			const q = key(query);
			const expected = keys
				.map(([n, k]) => [n, similarity(q, k)] as const)
				.filter((pair): pair is readonly [string, 'same-skeleton' | 'one-edit'] => pair[1] !== null)
				.sort(([a, x], [b, y]) => rank[x] - rank[y] || (a < b ? -1 : 1))
				.map(([n]) => owner.get(n))
				.filter((id, j, all) => all.indexOf(id) === j)
				.slice(0, MAX_CANDIDATES);
			const lookup = new RegistryLookup(shards.config, async (file) => JSON.parse(shards.files.get(file) ?? 'null'));
			const found = (await lookup.similar(query)).map((c) => c.record.a);
			expect(found, query).toEqual(expected);
			if (expected.length > 0) compared++;
		}
		// The sample must actually contain look-alikes, or the test proves nothing.
		expect(compared).toBeGreaterThan(100);
	}, 60_000);

	it('answers a forged link through checkLink too', async () => {
		const registry = syntheticRegistry(500, 3);
		const shards = buildShards(registry);
		const form = registry.forms.find((f) => f.startsWith('vk:') && nameKey(f) !== null && f.length > 12) ?? '';
		const lookup = new RegistryLookup(shards.config, async (file) => JSON.parse(shards.files.get(file) ?? 'null'));
		const forged = `https://vk.com/${form.slice(3, -1)}`;
		const verdict = await checkLink(forged, lookup);
		expect(verdict.verdict).toBe('lookalike');
	});
});
