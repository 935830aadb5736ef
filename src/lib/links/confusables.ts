/**
 * A compact subset of the Unicode confusables table (UTS #39): Cyrillic, Greek
 * and a few Latin-extension letters (small capitals among them) that render like ASCII letters or digits.
 * Fullwidth and mathematical forms are not listed because skeleton() applies
 * NFKC first, which already folds them to ASCII.
 */
const GROUPS: Readonly<Record<string, string>> = {
	a: 'аАαΑɑᴀ',
	b: 'ВвЬьβΒƅʙ',
	c: 'сСϲϹᴄ',
	d: 'ԁᴅ',
	e: 'еЕεΕҽᴇ',
	f: 'ꜰ',
	g: 'ɡɢ',
	h: 'һҺнНΗʜ',
	i: 'іІıιΙӀӏɪ',
	j: 'јЈϳᴊ',
	k: 'кКκΚᴋ',
	l: 'ʟ',
	m: 'мМΜᴍ',
	n: 'ηΝɴ',
	o: 'оОοΟᴏ',
	p: 'рРρΡᴘ',
	q: 'ԛԚꞯ',
	r: 'ʀ',
	s: 'ѕЅꜱ',
	t: 'тТτΤᴛ',
	u: 'υᴜ',
	v: 'ѵѴνᴠ',
	w: 'ԝԜѡωᴡ',
	x: 'хХχΧ',
	y: 'уУүҮγΥʏ',
	z: 'Ζᴢ',
	'3': 'зЗ',
	'.': '。｡',
	'-': '‐‑‒–—−',
};

export const CONFUSABLES: ReadonlyMap<string, string> = new Map(
	Object.entries(GROUPS).flatMap(([prototype, chars]) => [...chars].map((ch) => [ch, prototype] as const)),
);
