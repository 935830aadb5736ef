/**
 * QR code encoder (ISO/IEC 18004): byte mode, error correction level M, versions 1–40, mask chosen
 * by the standard's penalty rules. Written for speed rather than taken from npm: every statement
 * page carries a QR code, and qrcode-generator took ~3 ms per code (≈ 60 s of a 20,000-account
 * build). Most of the time goes to scoring the eight masks, done on lines of bits (./qr-bits.ts) for
 * symbols up to version 9, module by module beyond. tests/unit/qr.test.ts checks it module for
 * module against qrcode-generator (a dev dependency only), and the two scorers against each other.
 * The layout of the steps follows Project Nayuki's reference implementation. Pure: no node: imports.
 */
import { linesPenalty, MAX_BITS_SIZE, toLines, type Lines } from './qr-bits.ts';

/** Error-correction codewords per block and number of blocks for level M, index = version. */
const ECC_PER_BLOCK = [
	-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
	28, 28, 28, 28, 28, 28, 28,
];
const BLOCKS = [
	-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43,
	45, 47, 49,
];
/** Format bits of level M (L = 1, M = 0, Q = 3, H = 2). */
const LEVEL_M = 0;

export interface QrMatrix {
	size: number;
	/** Row-major, 1 = dark. */
	modules: Uint8Array;
	mask: number;
	version: number;
}

function rawDataModules(version: number): number {
	let result = (16 * version + 128) * version + 64;
	if (version >= 2) {
		const align = Math.floor(version / 7) + 2;
		result -= (25 * align - 10) * align - 55;
		if (version >= 7) result -= 36;
	}
	return result;
}

function dataCodewords(version: number): number {
	return Math.floor(rawDataModules(version) / 8) - ECC_PER_BLOCK[version]! * BLOCKS[version]!;
}

function alignmentPositions(version: number): number[] {
	if (version === 1) return [];
	const count = Math.floor(version / 7) + 2;
	const step = version === 32 ? 26 : Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2;
	const result = [6];
	for (let pos = version * 4 + 17 - 7; result.length < count; pos -= step) result.splice(1, 0, pos);
	return result;
}

// GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1.
const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
for (let i = 0, x = 1; i < 255; i++) {
	EXP[i] = x;
	LOG[x] = i;
	x = (x << 1) ^ (x & 0x80 ? 0x11d : 0);
}
for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255]!;
const mul = (a: number, b: number) => (a === 0 || b === 0 ? 0 : EXP[LOG[a]! + LOG[b]!]!);

const divisors = new Map<number, Uint8Array>();
/** Generator polynomial of the given degree (coefficients, highest first, leading 1 dropped). */
function divisor(degree: number): Uint8Array {
	const cached = divisors.get(degree);
	if (cached) return cached;
	const result = new Uint8Array(degree);
	result[degree - 1] = 1;
	let root = 1;
	for (let i = 0; i < degree; i++) {
		for (let j = 0; j < degree; j++) {
			result[j] = mul(result[j]!, root);
			if (j + 1 < degree) result[j] = result[j]! ^ result[j + 1]!;
		}
		root = mul(root, 0x02);
	}
	divisors.set(degree, result);
	return result;
}

function remainder(data: Uint8Array, div: Uint8Array): Uint8Array {
	const result = new Uint8Array(div.length);
	for (const byte of data) {
		const factor = byte ^ result[0]!;
		result.copyWithin(0, 1);
		result[result.length - 1] = 0;
		for (let i = 0; i < div.length; i++) result[i] = result[i]! ^ mul(div[i]!, factor);
	}
	return result;
}

/** Data codewords of a byte-mode segment, padded to the version's capacity. */
function codewords(bytes: Uint8Array, version: number): Uint8Array {
	const capacity = dataCodewords(version);
	const bits: number[] = [];
	const put = (value: number, length: number) => {
		for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
	};
	put(0b0100, 4);
	put(bytes.length, version <= 9 ? 8 : 16);
	for (const byte of bytes) put(byte, 8);
	put(0, Math.min(4, capacity * 8 - bits.length));
	put(0, (8 - (bits.length % 8)) % 8);
	const out = new Uint8Array(capacity);
	for (let i = 0; i < bits.length; i++) out[i >>> 3]! |= bits[i]! << (7 - (i & 7));
	for (let i = bits.length / 8, pad = 0xec; i < capacity; i++, pad ^= 0xec ^ 0x11) out[i] = pad;
	return out;
}

/** Splits into blocks, appends each block's error correction, interleaves (ISO 18004 §7.6). */
function interleave(data: Uint8Array, version: number): Uint8Array {
	const blocks = BLOCKS[version]!;
	const eccLen = ECC_PER_BLOCK[version]!;
	const raw = Math.floor(rawDataModules(version) / 8);
	const shortBlocks = blocks - (raw % blocks);
	const shortLen = Math.floor(raw / blocks);
	const div = divisor(eccLen);
	const parts: { data: Uint8Array; ecc: Uint8Array }[] = [];
	for (let i = 0, k = 0; i < blocks; i++) {
		const length = shortLen - eccLen + (i < shortBlocks ? 0 : 1);
		const block = data.subarray(k, k + length);
		k += length;
		parts.push({ data: block, ecc: remainder(block, div) });
	}
	const out = new Uint8Array(raw);
	let n = 0;
	for (let i = 0; i <= shortLen - eccLen; i++) for (const part of parts) if (i < part.data.length) out[n++] = part.data[i]!;
	for (let i = 0; i < eccLen; i++) for (const part of parts) out[n++] = part.ecc[i]!;
	return out;
}

const MASKS: ((x: number, y: number) => boolean)[] = [
	(x, y) => (x + y) % 2 === 0,
	(_, y) => y % 2 === 0,
	(x) => x % 3 === 0,
	(x, y) => (x + y) % 3 === 0,
	(x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
	(x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
	(x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
	(x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

class Grid {
	readonly size: number;
	readonly modules: Uint8Array;
	readonly reserved: Uint8Array;
	constructor(size: number) {
		this.size = size;
		this.modules = new Uint8Array(size * size);
		this.reserved = new Uint8Array(size * size);
	}
	fn(x: number, y: number, dark: boolean): void {
		this.modules[y * this.size + x] = dark ? 1 : 0;
		this.reserved[y * this.size + x] = 1;
	}
}

function drawFinder(grid: Grid, cx: number, cy: number): void {
	for (let dy = -4; dy <= 4; dy++) {
		for (let dx = -4; dx <= 4; dx++) {
			const x = cx + dx;
			const y = cy + dy;
			if (x < 0 || y < 0 || x >= grid.size || y >= grid.size) continue;
			const d = Math.max(Math.abs(dx), Math.abs(dy));
			grid.fn(x, y, d !== 2 && d !== 4);
		}
	}
}

function drawFormat(grid: Grid, mask: number): void {
	const data = (LEVEL_M << 3) | mask;
	let rem = data;
	for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
	const bits = ((data << 10) | rem) ^ 0x5412;
	const bit = (i: number) => ((bits >>> i) & 1) === 1;
	const size = grid.size;
	for (let i = 0; i <= 5; i++) grid.fn(8, i, bit(i));
	grid.fn(8, 7, bit(6));
	grid.fn(8, 8, bit(7));
	grid.fn(7, 8, bit(8));
	for (let i = 9; i < 15; i++) grid.fn(14 - i, 8, bit(i));
	for (let i = 0; i < 8; i++) grid.fn(size - 1 - i, 8, bit(i));
	for (let i = 8; i < 15; i++) grid.fn(8, size - 15 + i, bit(i));
	grid.fn(8, size - 8, true); // the dark module
}

function drawFunctionPatterns(grid: Grid, version: number): void {
	const size = grid.size;
	for (let i = 0; i < size; i++) {
		grid.fn(6, i, i % 2 === 0);
		grid.fn(i, 6, i % 2 === 0);
	}
	drawFinder(grid, 3, 3);
	drawFinder(grid, size - 4, 3);
	drawFinder(grid, 3, size - 4);
	const positions = alignmentPositions(version);
	const last = positions.length - 1;
	for (let i = 0; i <= last; i++) {
		for (let j = 0; j <= last; j++) {
			// Skip the three corners taken by finder patterns.
			if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) continue;
			for (let dy = -2; dy <= 2; dy++) {
				for (let dx = -2; dx <= 2; dx++) grid.fn(positions[i]! + dx, positions[j]! + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
			}
		}
	}
	drawFormat(grid, 0); // reserves the format areas; redrawn with the real mask
	if (version >= 7) {
		let rem = version;
		for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
		const bits = (version << 12) | rem;
		for (let i = 0; i < 18; i++) {
			const dark = ((bits >>> i) & 1) === 1;
			const a = size - 11 + (i % 3);
			const b = Math.floor(i / 3);
			grid.fn(a, b, dark);
			grid.fn(b, a, dark);
		}
	}
}

function drawCodewords(grid: Grid, data: Uint8Array): void {
	const size = grid.size;
	let i = 0;
	for (let right = size - 1; right >= 1; right -= 2) {
		if (right === 6) right = 5;
		for (let vert = 0; vert < size; vert++) {
			for (let j = 0; j < 2; j++) {
				const x = right - j;
				const upward = ((right + 1) & 2) === 0;
				const y = upward ? size - 1 - vert : vert;
				if (!grid.reserved[y * size + x] && i < data.length * 8) {
					grid.modules[y * size + x] = (data[i >>> 3]! >>> (7 - (i & 7))) & 1;
					i++;
				}
			}
		}
	}
}

interface Template {
	/** The function patterns, the format drawn for mask 0. */
	base: Grid;
	/** For each mask, the modules it flips (data area only). */
	masks: Uint8Array[];
	/**
	 * For each mask, as lines of bits (up to MAX_BITS_SIZE): the modules it flips and the format
	 * modules that differ from mask 0's, so a symbol's lines XOR these are the symbol under the mask.
	 */
	maskLines: Lines[] | null;
}

const templates = new Map<number, Template>();

function template(version: number): Template {
	const cached = templates.get(version);
	if (cached) return cached;
	const base = new Grid(version * 4 + 17);
	drawFunctionPatterns(base, version);
	const size = base.size;
	const masks = MASKS.map((test) => {
		const flips = new Uint8Array(size * size);
		for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (!base.reserved[y * size + x] && test(x, y)) flips[y * size + x] = 1;
		return flips;
	});
	let maskLines: Lines[] | null = null;
	if (size <= MAX_BITS_SIZE) {
		const format0 = toLines(base.modules, size);
		maskLines = masks.map((flips, mask) => {
			const formatted = new Grid(size);
			formatted.modules.set(base.modules);
			drawFormat(formatted, mask);
			const lines = toLines(flips, size);
			const format = toLines(formatted.modules, size);
			for (let i = 0; i < lines.length; i++) lines[i]! ^= format[i]! ^ format0[i]!;
			return lines;
		});
	}
	const entry = { base, masks, maskLines };
	templates.set(version, entry);
	return entry;
}

/**
 * N1 (runs of five or more) and N3 (1:1:3:1:1 with four light modules before or after; outside
 * the symbol counts as light) of one row or column, in one pass: an 11-bit window of the last
 * modules compares against 0000 1011101 and 1011101 0000. The four light modules before the line
 * are the window's initial zeros; the four after are shifted in at the end.
 * Branch-free where the data decide: QR data are random, and mispredicted branches made this
 * loop twice as slow on real symbols as on regular test patterns. A run of length L ≥ 5 scores
 * L − 2, counted as it grows: 3 when it reaches 5, then 1 for each further module.
 */
function linePenalty(modules: Uint8Array, start: number, stride: number, size: number): number {
	let result = 0;
	let run = 0;
	let previous = modules[start]! ^ 1;
	let window = 0;
	for (let k = 0, i = start; k < size; k++, i += stride) {
		const c = modules[i]!;
		const same = 1 ^ c ^ previous;
		run = (run & -same) + 1;
		result += +(run === 5) * 3 + +(run > 5);
		previous = c;
		window = ((window << 1) | c) & 0x7ff;
		// Only once 11 positions (4 of them the light margin) have passed.
		if (k >= 6 && (window === 0x05d || window === 0x5d0)) result += 40;
	}
	for (let k = 0; k < 4; k++) {
		window = (window << 1) & 0x7ff;
		if (window === 0x05d || window === 0x5d0) result += 40;
	}
	return result;
}

/**
 * The standard's penalty score (N1 runs, N2 blocks, N3 finder-like patterns, N4 balance), module by
 * module: for symbols wider than the lines of bits hold (version 10 on), and the reference the
 * tests hold linesPenalty to. Exported for those tests.
 */
export function modulePenalty(modules: Uint8Array, size: number): number {
	let result = 0;
	for (let a = 0; a < size; a++) result += linePenalty(modules, a * size, 1, size) + linePenalty(modules, a, size, size);
	let dark = 0;
	for (let i = 0; i < modules.length; i++) dark += modules[i]!;
	for (let y = 0; y < size - 1; y++) {
		for (let i = y * size, end = i + size - 1; i < end; i++) {
			// Four modules of one colour sum to 0 or 4, the only sums with (sum & 3) === 0.
			const sum = modules[i]! + modules[i + 1]! + modules[i + size]! + modules[i + size + 1]!;
			result += +((sum & 3) === 0) * 3;
		}
	}
	const total = size * size;
	result += (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * 10;
	return result;
}

/**
 * Encodes bytes (e.g. an ASCII URL) as a QR matrix, level M, smallest version that fits. `mask`
 * forces a mask pattern (tests); by default the one with the lowest penalty is used.
 */
export function encodeQr(text: string, options: { mask?: number } = {}): QrMatrix {
	const bytes = new TextEncoder().encode(text);
	let version = 1;
	while (4 + (version <= 9 ? 8 : 16) + bytes.length * 8 > dataCodewords(version) * 8) {
		if (++version > 40) throw new RangeError(`QR: ${bytes.length} байт не помещаются в QR-код уровня M`);
	}
	const data = interleave(codewords(bytes, version), version);
	const { base: function_, masks, maskLines } = template(version);
	const base = new Grid(function_.size);
	base.modules.set(function_.modules);
	base.reserved.set(function_.reserved);
	drawCodewords(base, data);
	const size = base.size;
	// The symbol under a mask: the data modules it flips, the format drawn for it.
	const masked = (mask: number, into: Grid) => {
		const flips = masks[mask]!;
		for (let i = 0; i < into.modules.length; i++) into.modules[i] = base.modules[i]! ^ flips[i]!;
		drawFormat(into, mask);
		return into.modules;
	};
	const work = new Grid(size);
	work.reserved.set(base.reserved);
	let mask = options.mask ?? 0;
	if (options.mask === undefined) {
		// The lowest score wins, the first mask on a tie.
		let best = Infinity;
		const lines = maskLines ? { symbol: toLines(base.modules, size), masks: maskLines } : null;
		for (let candidate = 0; candidate < 8; candidate++) {
			const score = lines ? linesPenalty(lines.symbol, lines.masks[candidate]!, size) : modulePenalty(masked(candidate, work), size);
			if (score < best) {
				best = score;
				mask = candidate;
			}
		}
	}
	return { size, modules: masked(mask, work), mask, version };
}

/**
 * SVG path data drawing the dark modules, one rectangle per horizontal run, offset by a quiet
 * zone: `M4 4h7v1h-7z…`. Compact enough to inline in every statement page.
 */
export function qrPath(matrix: QrMatrix, quiet = 4): string {
	const { size, modules } = matrix;
	let d = '';
	for (let y = 0; y < size; y++) {
		let x = 0;
		while (x < size) {
			if (!modules[y * size + x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < size && modules[y * size + x]) x++;
			d += `M${start + quiet} ${y + quiet}h${x - start}v1h-${x - start}z`;
		}
	}
	return d;
}
