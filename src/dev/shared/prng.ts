/**
 * Seeded pseudo-random numbers for the demo and bench generators. Committed demo data must come
 * out byte-identical on every run, so nothing here touches Math.random or the clock.
 */

export interface Rng {
	/** Uniform float in [0, 1). */
	next(): number;
	/** Uniform integer in [min, max], both inclusive. */
	int(min: number, max: number): number;
	pick<T>(items: readonly T[]): T;
	chance(probability: number): boolean;
	/** Picks by weight: `weighted([['photo', 3], ['text', 1]])`. */
	weighted<T>(entries: readonly (readonly [T, number])[]): T;
	/** A shuffled copy. */
	shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32: tiny, fast and good enough for plausible-looking fake data. */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Derives a stable seed from a label, so each generated file draws from its own stream. */
export function seedFrom(label: string, base = 0): number {
	let hash = 2166136261 ^ base;
	for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 16777619);
	return hash >>> 0;
}

export function createRng(seed: number): Rng {
	const next = mulberry32(seed);
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		pick: (items) => {
			if (items.length === 0) throw new Error('pick from an empty list');
			return items[int(0, items.length - 1)]!;
		},
		chance: (probability) => next() < probability,
		weighted: (entries) => {
			const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
			let roll = next() * total;
			for (const [value, weight] of entries) {
				roll -= weight;
				if (roll < 0) return value;
			}
			return entries[entries.length - 1]![0];
		},
		shuffle: (items) => {
			const copy = [...items];
			for (let i = copy.length - 1; i > 0; i--) {
				const j = int(0, i);
				[copy[i], copy[j]] = [copy[j]!, copy[i]!];
			}
			return copy;
		},
	};
}
