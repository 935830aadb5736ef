/**
 * The QR encoder against an independent implementation (qrcode-generator, dev dependency only):
 * for each input, one of our eight masked matrices must equal the library's module for module,
 * at the same version. The library picks its mask by its own scoring, so all eight are tried.
 */
import qrcode from 'qrcode-generator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeQr, modulePenalty, qrPath, type QrMatrix } from '../../src/lib/qr.ts';
import { linesPenalty, MAX_BITS_SIZE, toLines } from '../../src/lib/qr-bits.ts';

function reference(text: string): { size: number; modules: Uint8Array } {
	const qr = qrcode(0, 'M');
	qr.addData(text, 'Byte');
	qr.make();
	const size = qr.getModuleCount();
	const modules = new Uint8Array(size * size);
	for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) modules[y * size + x] = qr.isDark(y, x) ? 1 : 0;
	return { size, modules };
}

function matchesSomeMask(text: string): boolean {
	const expected = reference(text);
	for (let mask = 0; mask < 8; mask++) {
		const ours: QrMatrix = encodeQr(text, { mask });
		if (ours.size !== expected.size) return false;
		if (ours.modules.every((m, i) => m === expected.modules[i])) return true;
	}
	return false;
}

describe('encodeQr', () => {
	it.each([
		'https://reestr.primer-rayon.example/akkaunt/altai-government-vk/',
		'https://reestr.primer-rayon.example/akkaunt/b000001-dzen/',
		'A',
		'https://xn--e1afmkfd.xn--p1ai/akkaunt/primer/',
		// Lengths that cross version boundaries, including versions ≥ 7 (version information) and ≥ 10 (16-bit count).
		'x'.repeat(14),
		'x'.repeat(15),
		'x'.repeat(100),
		'x'.repeat(154),
		'x'.repeat(213),
		'x'.repeat(500),
	])('matches the reference for %s', (text) => {
		expect(matchesSomeMask(text)).toBe(true);
	});

	it('matches the reference for random ASCII URLs', () => {
		fc.assert(
			fc.property(fc.webUrl(), (url) => matchesSomeMask(url)),
			{ numRuns: 60 },
		);
	});

	it('picks one mask and draws runs as path data', () => {
		const matrix = encodeQr('https://reestr.primer-rayon.example/akkaunt/x/');
		expect(matrix.mask).toBeGreaterThanOrEqual(0);
		expect(matrix.size).toBe(matrix.version * 4 + 17);
		const d = qrPath(matrix);
		expect(d).toMatch(/^M4 4h7v1h-7z/); // top-left finder starts after the quiet zone
		expect(d).not.toMatch(/[^Mhvz0-9 -]/);
	});

	// Its speed is measured by the build benchmark (npm run bench, docs/benchmarks.md), not here.

	it('scores every mask on lines of bits exactly as module by module (versions 1–9)', () => {
		const check = (text: string) => {
			for (let mask = 0; mask < 8; mask++) {
				const { size, modules } = encodeQr(text, { mask });
				if (size > MAX_BITS_SIZE) return;
				expect(linesPenalty(toLines(modules, size), new Uint32Array(size * 4), size), `${text} mask ${mask}`).toBe(
					modulePenalty(modules, size),
				);
			}
		};
		for (const text of ['A', 'x'.repeat(14), 'x'.repeat(100), 'x'.repeat(154), 'https://reestr.primer-rayon.example/akkaunt/b000001-dzen/'])
			check(text);
		// Versions 1 to 9 (sizes 21 to 53): lengths from 1 to 180 bytes.
		fc.assert(
			fc.property(fc.string({ minLength: 1, maxLength: 180 }), (text) => check(text)),
			{ numRuns: 150 },
		);
		expect(encodeQr('x'.repeat(180)).size).toBeLessThanOrEqual(MAX_BITS_SIZE);
	});

	it('picks the mask with the lowest score, the first on a tie', () => {
		for (const text of ['https://reestr.primer-rayon.example/akkaunt/b000001-dzen/', 'x'.repeat(100), 'x'.repeat(500), 'A']) {
			const scores = Array.from({ length: 8 }, (_, mask) => {
				const { modules, size } = encodeQr(text, { mask });
				return modulePenalty(modules, size);
			});
			const chosen = encodeQr(text);
			expect(chosen.mask, text).toBe(scores.indexOf(Math.min(...scores)));
			expect(chosen.modules).toEqual(encodeQr(text, { mask: chosen.mask }).modules);
		}
	});

	it('refuses data beyond version 40', () => {
		expect(() => encodeQr('x'.repeat(3000))).toThrow(RangeError);
	});
});
