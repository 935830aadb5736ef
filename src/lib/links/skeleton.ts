import { HIDDEN_ALL } from './chars.ts';
import { ASCII_LOOKALIKES, CONFUSABLES } from './confusables.ts';

const MARKS = /\p{M}/gu;

function mapEach(text: string, table: ReadonlyMap<string, string>): string {
	let out = '';
	for (const ch of text) out += table.get(ch) ?? ch;
	return out;
}

/**
 * The table applies twice. First to the characters as typed, as UTS #39 does: NFKC would otherwise fold
 * some of them into other letters before they are looked up (lunate sigma 'ϲ', drawn as 'c', becomes
 * final sigma 'ς'). Then to what NFKC and the dropped diacritics leave ('ѐ' is 'е' with a grave accent).
 */
function fold(name: string, table: ReadonlyMap<string, string>): string {
	const base = mapEach(name, table).normalize('NFKC').normalize('NFD').replace(MARKS, '').replace(HIDDEN_ALL, '');
	const out = mapEach(base, table);
	// Sequences and digits that pass for letters in most fonts ('rn' ~ 'm', '0' ~ 'o', '1' ~ 'l' ~ 'I').
	return out.toLowerCase().replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/[1i|]/g, 'l').replace(/0/g, 'o');
}

/**
 * Confusable skeleton in the spirit of UTS #39: two strings that a reader
 * cannot tell apart map to the same skeleton. Stricter than the standard in
 * two ways that suit link checking: it is case-insensitive, and it drops
 * diacritics, so 'vķ.com' and 'vk.com' collide too.
 */
export function skeleton(name: string): string {
	return fold(name, CONFUSABLES);
}

const SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u, /\p{Script=Armenian}/u];
const NON_ASCII = /[^\x00-\x7F]/;

/**
 * True when a name with non-ASCII characters could be mistaken for another
 * name: it mixes scripts ('durоv' with a Cyrillic о), or every character
 * imitates ASCII ('сосо' written in Cyrillic reads as 'coco').
 *
 * "Imitates" is Unicode's judgement alone (UTS #39), without the case pairs skeleton() adds: lowercase
 * Cyrillic 'к', 'м', 'н', 'т', 'в' look like small capitals, which a reader tells from 'k', 'm', 'h', 't',
 * 'b', so an ordinary word ('москва', 'привет') is no look-alike, while 'гора' reads as 'ropa'. Judged as
 * typed and as its lowercase id, so a name is judged the same after its id is made lowercase.
 */
export function isConfusableName(name: string): boolean {
	if (!NON_ASCII.test(name)) return false;
	if (SCRIPTS.filter((script) => script.test(name)).length > 1) return true;
	return [name, name.toLowerCase()].some((form) => !NON_ASCII.test(fold(form, ASCII_LOOKALIKES)));
}
