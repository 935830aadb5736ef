/**
 * misspeltNumericForm tries only the splits that can succeed (src/lib/links/misspelt.ts). It must
 * answer exactly as trying every split did: compared here with that first version on the cases
 * that matter and on many generated names.
 */
import { describe, expect, it } from 'vitest';
import { misspeltNumericForm, SPELLINGS } from '../../../src/lib/links/misspelt.ts';

// The first version, every split in turn, kept as the reference (over the module's own list of
// spellings: the algorithm is under test, not the list).
function reference(name: string): string | null {
	if (name.length > 40) return null;
	for (let split = 1; split < name.length; split++) {
		const tail = name.slice(split);
		if (!/^[0-9oli|]+$/.test(tail) || !/[0-9]/.test(tail)) continue;
		const prefix = name
			.slice(0, split)
			.replace(/[._-]$/, '')
			.replace(/[1|]/g, 'l')
			.replace(/0/g, 'o');
		const target = SPELLINGS[prefix];
		const digits = tail.replace(/o/g, '0').replace(/[li|]/g, '1').replace(/^0+/, '');
		if (target === undefined || digits === '' || digits.length > 20) continue;
		if (`${target}${digits}` !== name) return `${target}${digits}`;
	}
	return null;
}

describe('misspeltNumericForm', () => {
	it.each([
		['c1ub177238460', 'club177238460'],
		['club_177238460', 'club177238460'],
		['publlc12345', 'club12345'],
		['ld1234', 'id1234'],
		['id0012', 'id12'],
		['clubo12', 'club12'],
		['club177238460', null],
		['bench_b000001', null],
		['publick-1l0', 'club110'],
		['id', null],
		['', null],
	])('%s → %s', (name, expected) => {
		expect(misspeltNumericForm(name)).toBe(expected);
		expect(reference(name)).toBe(expected);
	});

	it('answers as trying every split did, on 20,000 generated names', () => {
		// Deterministic generator: spellings, separators, digit-like characters and noise.
		let seed = 7;
		const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
		const parts = [
			...Object.keys(SPELLINGS),
			'c1ub',
			'pub1ic',
			'l',
			'i',
			'o',
			'0',
			'1',
			'|',
			'_',
			'.',
			'-',
			'x',
			'bench',
			'42',
			'000',
			'lo1',
		];
		let differ = 0;
		for (let i = 0; i < 20000; i++) {
			let name = '';
			for (let k = 0, n = 1 + next(5); k < n; k++) name += parts[next(parts.length)];
			if (misspeltNumericForm(name) !== reference(name)) differ++;
		}
		expect(differ).toBe(0);
	});
});
