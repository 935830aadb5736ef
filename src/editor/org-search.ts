/**
 * How the organisation pick list ranks what a clerk types (the relation widget's search, decap.ts).
 * Decap ranks by its fuzzy subsequence score alone, which scores «Прим» the same in «Администрация
 * Примерного района» and in a school's name, breaks ties by the order the files were listed in, and
 * finds nothing when the words are typed in another order («примерного адм»). Clerks type the
 * beginnings of words of a name, in any order: those hits come first, then names that merely
 * contain the text, then those of Decap's own fuzzy matches that are one typo away (a typo still
 * finds the body, scattered letters find nothing). Within a group,
 * the short name beats the full one, a name that starts with the first typed word beats one that
 * has it later, and names are in alphabetical order. Pure; the admin script hands it to Decap
 * (admin-client.ts, BUNDLE_FIXES in decap-assets.ts).
 */

/** One searchable value as Decap's search expands it: an entry and one of its search fields. */
export interface SearchItem {
	field: string;
	slug: string;
}

export interface RankedHit<T> {
	original: T;
	score: number;
}

const COLLATOR = new Intl.Collator('ru');

/** Lower case, ё as е, quotes and punctuation as spaces: «МБОУ «СОШ № 1»» and мбоу сош 1 are the same words. */
export function searchWords(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/ё/g, 'е')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word !== '');
}

/** Higher is better; 0 is no match of this kind. */
function wordScore(term: readonly string[], value: readonly string[], joinedTerm: string, joinedValue: string): number {
	if (term.length === 0) return 0;
	if (term.every((word) => value.some((candidate) => candidate.startsWith(word)))) {
		// All words typed are beginnings of words of the name, in any order.
		return 3_000 + (value[0]!.startsWith(term[0]!) ? 500 : 0);
	}
	if (joinedValue.includes(joinedTerm)) return 2_000;
	return 0;
}

/**
 * `items` ranked for `term`. `fuzzy` is Decap's own result (its fuzzy matches, best first): what
 * the word match does not find keeps that order, after it. `fields` is the order of the search
 * fields, the first (the short name) preferred.
 */
export function rankHits<T extends SearchItem>(
	term: string,
	items: readonly T[],
	extract: (item: T) => unknown,
	fuzzy: readonly RankedHit<T>[],
	fields: readonly string[] = [],
): RankedHit<T>[] {
	const words = searchWords(term);
	if (words.length === 0) {
		// Nothing typed yet: the whole list, by short name in alphabetical order.
		const text = (hit: RankedHit<T>) => String(extract(hit.original) ?? '');
		const field = (hit: RankedHit<T>) => (fields.includes(hit.original.field) ? fields.indexOf(hit.original.field) : fields.length);
		return [...fuzzy].sort((a, b) => field(a) - field(b) || COLLATOR.compare(text(a), text(b)));
	}
	const joinedTerm = words.join(' ');
	const ranked: { hit: RankedHit<T>; text: string; field: number }[] = [];
	const seen = new Set<T>();
	for (const item of items) {
		const value = extract(item);
		if (typeof value !== 'string') continue;
		const valueWords = searchWords(value);
		const score = wordScore(words, valueWords, joinedTerm, valueWords.join(' '));
		if (score === 0) continue;
		seen.add(item);
		const field = fields.indexOf(item.field);
		ranked.push({ hit: { original: item, score }, text: value, field: field === -1 ? fields.length : field });
	}
	ranked.sort((a, b) => b.hit.score - a.hit.score || a.field - b.field || COLLATOR.compare(a.text, b.text));
	// Decap's fuzzy matches only where they are a typo away: scattered letters matched unrelated
	// bodies («Горсовет» offered a hospital and a school), and a clerk picks the wrong owner from a
	// list that never says «Ничего не найдено».
	const typo = fuzzy.filter((hit) => {
		if (seen.has(hit.original)) return false;
		const value = extract(hit.original);
		return typeof value === 'string' && nearWords(words, searchWords(value));
	});
	return [...ranked.map((entry) => entry.hit), ...typo];
}

/** Every typed word is, but for one letter left out, added or changed, the beginning of a word of the name. */
export function nearWords(term: readonly string[], value: readonly string[]): boolean {
	return term.every((word) => value.some((candidate) => nearPrefix(word, candidate)));
}

function nearPrefix(word: string, candidate: string): boolean {
	if (candidate.startsWith(word)) return true;
	// Short words are too easily one letter from anything.
	if (word.length < 4) return false;
	for (const length of [word.length - 1, word.length, word.length + 1]) {
		if (length <= candidate.length && editDistance(word, candidate.slice(0, length)) <= 1) return true;
	}
	return false;
}

/** Levenshtein distance of two short words (a name's word and a typed one). */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length]!;
}
