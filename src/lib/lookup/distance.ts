/**
 * Damerau–Levenshtein distance in its "optimal string alignment" form (adjacent transpositions
 * count as one edit), over code points so a Cyrillic or emoji character is one position.
 * Stops early: returns `limit + 1` as soon as the distance is known to exceed `limit`, which keeps
 * the client's check of a few hundred candidates well under a millisecond.
 */
export function editDistance(a: string, b: string, limit: number): number {
	const s = [...a];
	const t = [...b];
	if (Math.abs(s.length - t.length) > limit) return limit + 1;
	if (s.length === 0 || t.length === 0) return Math.min(Math.max(s.length, t.length), limit + 1);
	// Three rolling rows: the transposition step looks two rows back.
	let before = new Array<number>(t.length + 1).fill(0);
	let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
	let current = new Array<number>(t.length + 1).fill(0);
	for (let i = 1; i <= s.length; i++) {
		current[0] = i;
		let rowMin = i;
		for (let j = 1; j <= t.length; j++) {
			const cost = s[i - 1] === t[j - 1] ? 0 : 1;
			let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
			current[j] = value;
			if (value < rowMin) rowMin = value;
		}
		if (rowMin > limit) return limit + 1;
		[before, previous, current] = [previous, current, before];
	}
	return Math.min(previous[t.length] ?? limit + 1, limit + 1);
}
