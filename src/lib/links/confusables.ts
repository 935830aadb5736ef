/**
 * A compact subset of the Unicode confusables table (UTS #39): Cyrillic, Greek
 * and a few Latin-extension letters that render like ASCII letters or digits.
 * Fullwidth and mathematical forms are not listed because skeleton() applies
 * NFKC first, which already folds them to ASCII.
 */
const GROUPS: Readonly<Record<string, string>> = {
	a: 'аАαΑɑ',
	b: 'ВвЬьβΒƅ',
	c: 'сСϲϹ',
	d: 'ԁ',
	e: 'еЕεΕҽ',
	g: 'ɡ',
	h: 'һҺнНΗ',
	i: 'іІıιΙӀӏ',
	j: 'јЈϳ',
	k: 'кКκΚ',
	m: 'мМΜ',
	n: 'ηΝ',
	o: 'оОοΟ',
	p: 'рРρΡ',
	q: 'ԛԚ',
	s: 'ѕЅ',
	t: 'тТτΤ',
	u: 'υ',
	v: 'ѵѴν',
	w: 'ԝԜѡω',
	x: 'хХχΧ',
	y: 'уУүҮγΥ',
	z: 'Ζ',
	'3': 'зЗ',
	'.': '。｡',
	'-': '‐‑‒–—−',
};

export const CONFUSABLES: ReadonlyMap<string, string> = new Map(
	Object.entries(GROUPS).flatMap(([prototype, chars]) => [...chars].map((ch) => [ch, prototype] as const)),
);
