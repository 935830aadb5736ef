/**
 * VK numeric addresses (club123, public123, id123) that were retyped by hand.
 * The misspelt form is still a syntactically valid screen name, possibly
 * someone else's, so it is never replaced; the likely intended id is only
 * offered as a hint. Deliberately conservative: a fixed list of spellings.
 */
export const SPELLINGS: Readonly<Record<string, 'club' | 'id'>> = Object.fromEntries([
	...[
		'club',
		'clab',
		'klub',
		'klab',
		'kiub',
		'ciub',
		'clob',
		'clup',
		'clubb',
		'cllub',
		'culb',
		'grup',
		'grupp',
		'grupa',
		'gruppa',
		'group',
		'gruop',
		'groop',
		'public',
		'publik',
		'pablic',
		'pablik',
		'publlc',
		'pubiic',
		'pubilc',
		'publick',
		'publicc',
		'pulbic',
		'publc',
		'pubiik',
		'pudlic',
		'pabiic',
		'event',
		'evnt',
		'ewent',
		'evant',
	].map((spelling) => [spelling, 'club' as const]),
	...['id', 'ld', 'idd'].map((spelling) => [spelling, 'id' as const]),
]);

const LONGEST_SPELLING = Math.max(...Object.keys(SPELLINGS).map((spelling) => spelling.length));

const SEPARATOR = /[._-]$/;
// Characters that pass for digits in a handwritten or retyped number.
const DIGITISH_CHAR = /[0-9oli|]/;

function foldPrefix(prefix: string): string {
	return prefix.replace(/[1|]/g, 'l').replace(/0/g, 'o');
}

function toDigits(tail: string): string {
	return tail.replace(/o/g, '0').replace(/[li|]/g, '1').replace(/^0+/, '');
}

/** Returns the likely intended id ('club177238460') for a lowercased name, or null. */
export function misspeltNumericForm(name: string): string | null {
	if (name.length > 40) return null;
	// Only splits that can succeed: the tail lies within the name's digit-like ending, and the prefix
	// is a listed spelling plus at most one separator. Every VK address of the registry passes through
	// here (400,000 calls at national scale; trying every split was a fifth of canonicalising).
	let digitish = name.length;
	while (digitish > 0 && DIGITISH_CHAR.test(name[digitish - 1]!)) digitish--;
	const last = Math.min(name.length - 1, LONGEST_SPELLING + 1);
	for (let split = Math.max(1, digitish); split <= last; split++) {
		const tail = name.slice(split);
		// Digit-like by where the loop starts; it must hold one real digit.
		if (!/[0-9]/.test(tail)) continue;
		const prefix = foldPrefix(name.slice(0, split).replace(SEPARATOR, ''));
		const target = SPELLINGS[prefix];
		const digits = toDigits(tail);
		if (target === undefined || digits === '' || digits.length > 20) continue;
		const intended = `${target}${digits}`;
		if (intended !== name) return intended;
	}
	return null;
}
