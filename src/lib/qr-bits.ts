/**
 * The QR penalty score (ISO/IEC 18004 §7.8.3) on lines held as bits, for symbols up to 56 modules
 * wide (versions 1–9: every statement address). Each row and column is one 64-bit line in two
 * 32-bit words, shifted left by 4 so the four light modules the standard assumes around the symbol
 * are real zero bits; a rule is then a handful of shifts, ANDs and popcounts per line instead of a
 * step per module. src/lib/qr.ts scores the eight masks of every statement's code this way: module
 * by module it was a tenth of a statement page (build budget, docs/benchmarks.md). Equal, mask for mask, to the
 * module-by-module score (tests/unit/qr.test.ts).
 */

/** Widest symbol scored here: the line, with 4 light modules either side, fits 64 bits. */
export const MAX_BITS_SIZE = 56;
const PAD = 4;

/** The lines of a symbol: rows then columns, two words each (bits 0–31, bits 32–63). */
export type Lines = Uint32Array;

const setBit = (lines: Lines, line: number, position: number) => {
	lines[line * 2 + (position >>> 5)]! |= 1 << (position & 31);
};

/** A symbol's modules (row-major, 1 = dark) as lines. */
export function toLines(modules: Uint8Array, size: number): Lines {
	const lines = new Uint32Array(size * 4);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const i = y * size + x;
			if (!modules[i]) continue;
			setBit(lines, y, x + PAD);
			setBit(lines, size + x, y + PAD);
		}
	}
	return lines;
}

function popcount(v: number): number {
	v -= (v >>> 1) & 0x55555555;
	v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
	return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Bits `from`..`to` (inclusive) of a line, as [low word, high word]. */
function range(from: number, to: number): [number, number] {
	let lo = 0;
	let hi = 0;
	for (let p = from; p <= to; p++) {
		if (p < 32) lo |= 1 << p;
		else hi |= 1 << (p - 32);
	}
	return [lo, hi];
}

interface Ranges {
	/** Pairs of neighbours inside the line (N1, N2): modules 0..size-2. */
	pairs: [number, number];
	/** Starts of five modules inside the line (N1): 0..size-5. */
	fives: [number, number];
	/** Starts of an 11-module window, 4 light modules before the line to 4 after (N3). */
	windows: [number, number];
}

const rangesBySize = new Map<number, Ranges>();

function rangesOf(size: number): Ranges {
	let ranges = rangesBySize.get(size);
	if (!ranges) {
		ranges = { pairs: range(PAD, PAD + size - 2), fives: range(PAD, PAD + size - 5), windows: range(0, size - 3) };
		rangesBySize.set(size, ranges);
	}
	return ranges;
}

// A line shifted right by j (bit p becomes bit p - j), j = 0..10, for the N3 windows.
const lo = new Int32Array(11);
const hi = new Int32Array(11);

/**
 * The penalty of `lines` XOR `flips` (the symbol under one mask): N1 runs of five or more alike
 * (3 + 1 per module beyond five), N2 2×2 blocks alike (3 each), N3 1:1:3:1:1 finder-like patterns
 * with four light modules on either side (40 each), N4 the balance of dark modules.
 */
export function linesPenalty(lines: Lines, flips: Lines, size: number): number {
	const { pairs, fives, windows } = rangesOf(size);
	let result = 0;
	let dark = 0;
	let blocks = 0;
	let previousLo = 0;
	let previousHi = 0;
	for (let line = 0; line < size * 2; line++) {
		const l = lines[line * 2]! ^ flips[line * 2]!;
		const h = lines[line * 2 + 1]! ^ flips[line * 2 + 1]!;
		// s: module p and p+1 alike; t: modules p..p+4 alike. A run of L ≥ 5 has L − 4 bits of t in
		// one block, and scores L − 2: the bits, plus 2 per block (counted at its first bit).
		const sLo = ~(l ^ ((l >>> 1) | (h << 31))) & pairs[0];
		const sHi = ~(h ^ (h >>> 1)) & pairs[1];
		const tLo = sLo & ((sLo >>> 1) | (sHi << 31)) & ((sLo >>> 2) | (sHi << 30)) & ((sLo >>> 3) | (sHi << 29)) & fives[0];
		const tHi = sHi & (sHi >>> 1) & (sHi >>> 2) & (sHi >>> 3) & fives[1];
		result += popcount(tLo) + popcount(tHi) + 2 * (popcount(tLo & ~(tLo << 1)) + popcount(tHi & ~((tHi << 1) | (tLo >>> 31))));
		// N3: 0000 1011101 or 1011101 0000 starting at each window position.
		lo[0] = l;
		hi[0] = h;
		for (let j = 1; j <= 10; j++) {
			lo[j] = (l >>> j) | (h << (32 - j));
			hi[j] = h >>> j;
		}
		const aLo = ~lo[0]! & ~lo[1]! & ~lo[2]! & ~lo[3]! & lo[4]! & ~lo[5]! & lo[6]! & lo[7]! & lo[8]! & ~lo[9]! & lo[10]! & windows[0];
		const aHi = ~hi[0]! & ~hi[1]! & ~hi[2]! & ~hi[3]! & hi[4]! & ~hi[5]! & hi[6]! & hi[7]! & hi[8]! & ~hi[9]! & hi[10]! & windows[1];
		const bLo = lo[0]! & ~lo[1]! & lo[2]! & lo[3]! & lo[4]! & ~lo[5]! & lo[6]! & ~lo[7]! & ~lo[8]! & ~lo[9]! & ~lo[10]! & windows[0];
		const bHi = hi[0]! & ~hi[1]! & hi[2]! & hi[3]! & hi[4]! & ~hi[5]! & hi[6]! & ~hi[7]! & ~hi[8]! & ~hi[9]! & ~hi[10]! & windows[1];
		result += 40 * (popcount(aLo) + popcount(aHi) + popcount(bLo) + popcount(bHi));
		if (line >= size) continue;
		// Rows only: dark modules, and 2×2 blocks with the row above.
		dark += popcount(l) + popcount(h);
		if (line > 0) {
			const vLo = ~(l ^ previousLo);
			const vHi = ~(h ^ previousHi);
			const bothLo = vLo & ((vLo >>> 1) | (vHi << 31)) & ~(l ^ ((l >>> 1) | (h << 31))) & pairs[0];
			const bothHi = vHi & (vHi >>> 1) & ~(h ^ (h >>> 1)) & pairs[1];
			blocks += popcount(bothLo) + popcount(bothHi);
		}
		previousLo = l;
		previousHi = h;
	}
	const total = size * size;
	return result + blocks * 3 + (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * 10;
}
