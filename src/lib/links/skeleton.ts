import { HIDDEN_ALL } from './chars.ts';
import { CONFUSABLES } from './confusables.ts';

const MARKS = /\p{M}/gu;

/**
 * Confusable skeleton in the spirit of UTS #39: two strings that a reader
 * cannot tell apart map to the same skeleton. Stricter than the standard in
 * two ways that suit link checking: it is case-insensitive, and it drops
 * diacritics, so 'vķ.com' and 'vk.com' collide too.
 */
export function skeleton(name: string): string {
	const base = name.normalize('NFKC').normalize('NFD').replace(MARKS, '').replace(HIDDEN_ALL, '');
	let out = '';
	for (const ch of base) out += CONFUSABLES.get(ch) ?? ch;
	// Sequences and digits that pass for letters in most fonts ('rn' ~ 'm', '0' ~ 'o', '1' ~ 'l' ~ 'I').
	return out.toLowerCase().replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/[1i|]/g, 'l').replace(/0/g, 'o');
}

const SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u, /\p{Script=Armenian}/u];

/**
 * True when a name with non-ASCII characters could be mistaken for another
 * name: it mixes scripts ('durоv' with a Cyrillic о), or every character
 * imitates ASCII ('сосо' written in Cyrillic reads as 'coco').
 */
export function isConfusableName(name: string): boolean {
	if (!/[^\x00-\x7F]/.test(name)) return false;
	if (SCRIPTS.filter((script) => script.test(name)).length > 1) return true;
	return !/[^\x00-\x7F]/.test(skeleton(name));
}
