/**
 * Punycode (RFC 3492) decoding for 'xn--' host labels. The WHATWG URL class
 * only converts hosts to ASCII; browsers expose no reverse function, and
 * node:url is off limits here, so the decoder is inlined (it is short).
 */
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_CODE_POINT = 0x10ffff;

function adapt(delta: number, points: number, first: boolean): number {
	let d = first ? Math.floor(delta / DAMP) : delta >> 1;
	d += Math.floor(d / points);
	let k = 0;
	while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
		d = Math.floor(d / (BASE - T_MIN));
		k += BASE;
	}
	return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digit(code: number): number {
	if (code >= 0x30 && code <= 0x39) return code - 22; // '0'..'9' -> 26..35
	if (code >= 0x41 && code <= 0x5a) return code - 0x41;
	if (code >= 0x61 && code <= 0x7a) return code - 0x61;
	return BASE;
}

/** Decodes the part after 'xn--'; null when it is not valid Punycode. */
export function decodePunycode(input: string): string | null {
	const delimiter = input.lastIndexOf('-');
	const output: number[] = [];
	for (let j = 0; j < Math.max(delimiter, 0); j++) {
		const code = input.charCodeAt(j);
		if (code >= 0x80) return null;
		output.push(code);
	}
	let n = INITIAL_N;
	let bias = INITIAL_BIAS;
	let i = 0;
	for (let pos = delimiter > 0 ? delimiter + 1 : 0; pos < input.length;) {
		const oldI = i;
		let w = 1;
		for (let k = BASE; ; k += BASE) {
			if (pos >= input.length) return null;
			const d = digit(input.charCodeAt(pos++));
			if (d >= BASE) return null;
			i += d * w;
			const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
			if (d < t) break;
			w *= BASE - t;
			if (i > MAX_CODE_POINT * 64 || w > MAX_CODE_POINT * 64) return null;
		}
		const points = output.length + 1;
		bias = adapt(i - oldI, points, oldI === 0);
		n += Math.floor(i / points);
		i %= points;
		if (n > MAX_CODE_POINT || (n >= 0xd800 && n <= 0xdfff)) return null;
		output.splice(i++, 0, n);
	}
	return String.fromCodePoint(...output);
}

/** Unicode form of an ASCII hostname; labels that fail to decode are kept as they are. */
export function hostToUnicode(host: string): string {
	return host
		.split('.')
		.map((label) => (label.startsWith('xn--') ? (decodePunycode(label.slice(4)) ?? label) : label))
		.join('.');
}
