/**
 * Where a checked address differs from the real one, character by character, so the answer can
 * mark them: `vk.com/primer_аdmin` against `vk.com/primer_admin` marks the Cyrillic «а» in the one
 * and the Latin «a» in the other. An edit-distance alignment (Levenshtein, with backtrace) over
 * code points; ASCII letters compare without case, everything else exactly (the Kelvin sign is not
 * «k»).
 */

export interface Piece {
	text: string;
	/** True for characters that differ from (or are missing in) the other address. */
	changed: boolean;
}

export interface Differences {
	checked: Piece[];
	real: Piece[];
}

/** Addresses longer than this are shown unmarked: the table is O(n·m) and nobody reads such a mark. */
export const MAX_MARKED_LENGTH = 300;

const fold = (ch: string) => (ch.length === 1 && ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch);

export function differences(checked: string, real: string): Differences | null {
	const a = [...checked];
	const b = [...real];
	if (a.length > MAX_MARKED_LENGTH || b.length > MAX_MARKED_LENGTH) return null;
	const width = b.length + 1;
	const cost = new Uint16Array((a.length + 1) * width);
	for (let j = 0; j <= b.length; j++) cost[j] = j;
	for (let i = 1; i <= a.length; i++) {
		cost[i * width] = i;
		for (let j = 1; j <= b.length; j++) {
			const same = fold(a[i - 1] ?? '') === fold(b[j - 1] ?? '') ? 0 : 1;
			cost[i * width + j] = Math.min(cost[(i - 1) * width + j - 1]! + same, cost[(i - 1) * width + j]! + 1, cost[i * width + j - 1]! + 1);
		}
	}
	const marksA: boolean[] = [];
	const marksB: boolean[] = [];
	for (let i = a.length, j = b.length; i > 0 || j > 0;) {
		const here = cost[i * width + j]!;
		if (i > 0 && j > 0 && here === cost[(i - 1) * width + j - 1]! + (fold(a[i - 1] ?? '') === fold(b[j - 1] ?? '') ? 0 : 1)) {
			const changed = here !== cost[(i - 1) * width + j - 1];
			marksA[i - 1] = changed;
			marksB[j - 1] = changed;
			i--;
			j--;
		} else if (i > 0 && here === cost[(i - 1) * width + j]! + 1) {
			marksA[--i] = true;
		} else {
			marksB[--j] = true;
		}
	}
	return { checked: pieces(a, marksA), real: pieces(b, marksB) };
}

/** Runs of equal marking; a changed run is one character, so each mark can be described aloud. */
function pieces(chars: string[], marks: boolean[]): Piece[] {
	const out: Piece[] = [];
	chars.forEach((ch, i) => {
		const changed = marks[i] === true;
		const last = out[out.length - 1];
		if (last !== undefined && !changed && !last.changed) last.text += ch;
		else out.push({ text: ch, changed });
	});
	return out;
}
