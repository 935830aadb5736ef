/**
 * No password, token or login+password pair anywhere under data/. The acts require logins and
 * passwords to be accounted for (Khasyn разд. I, п. 5.2 and 6.3: «учет логинов и паролей»), and the
 * place for that is a password manager, never a repository whose history keeps every value forever.
 * Messages never repeat the value found.
 */
import { defineRule } from '../engine/rule.ts';

/**
 * A key that holds a secret: `password:`, `"api_key": …`, `пароль =`. The key must be a whole token
 * (no letter or digit right before it), optionally quoted, then «:» or «=». What may follow the
 * keyword is checked in code (isKeyName): an identifier's tail (passwordInManager, api_key_v2) or a
 * Russian case ending (пароли, токена), not a longer word (passage, passport, Секретарь).
 * The tail is bounded: an unbounded one rescanned a long run of letters from every keyword in it,
 * quadratic in the line; no key name is longer than 64 characters.
 */
const SECRET_KEY =
	/(?<![\p{L}\p{N}])(passwd|pass(?:word)?|pwd|парол|token|токен|secret|секрет|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret|cookie)([\p{L}\p{N}_-]{0,64})["']?[ \t]*[:=]/giu;
/** Values that are booleans, dates or empty (passwordRotated: 2026-08-01) hold no secret. */
const HARMLESS_VALUE = /^(?:true|false|yes|no|да|нет|null|~|\d{4}-\d{2}-\d{2}|"\s*"|''|\[\]|\{\}|)\s*(?:#.*)?$/i;
const CASE_ENDINGS: Record<string, ReadonlySet<string>> = {
	парол: new Set(['ь', 'я', 'ю', 'ем', 'е', 'и', 'ей', 'ям', 'ями', 'ях']),
	токен: new Set(['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах']),
	секрет: new Set(['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах']),
};

/** Is the keyword with what follows it a key name, rather than the start of a longer word? */
function isKeyName(keyword: string, tail: string): boolean {
	const endings = CASE_ENDINGS[keyword.toLowerCase()];
	if (endings) return endings.has(tail.toLowerCase());
	// passwordInManager, PASSWORD_HASH, api_key_v2, tokens — but not passage, secretary, tokenizer.
	return tail === '' || tail === 's' || /^[A-Z\d_-]/.test(tail);
}

/**
 * How much of a line around a key the checks below look at. A key name, its value's first token and
 * a harmless value («true», a date) are all far shorter; slicing the whole rest of the line for
 * every key found made a line with many keys quadratic.
 */
const WINDOW = 256;

/** Where on a line a flow map opens and a comment starts (-1: nowhere), computed once per line. */
interface LineMarks {
	brace: number;
	comment: number;
}

function lineMarks(line: string): LineMarks {
	let comment = -1;
	for (let at = line.indexOf('#'); at !== -1; at = line.indexOf('#', at + 1)) {
		if (at === 0 || /\s/.test(line[at - 1]!)) {
			comment = at;
			break;
		}
	}
	return { brace: line.indexOf('{'), comment };
}

/**
 * Where a YAML key stands: at the start of a line (after indentation and list dashes; a JSON key
 * too, in its quotes) or right after «{» or «,» inside a flow map; the line before the keyword may
 * begin the key (`db_password`). Anything else (a comment, a CSV cell, a value, a text file) is
 * text, where «key: value» is only a secret if the value is not prose. Only the WINDOW before the
 * keyword is matched against patterns; whether a «{» or a comment comes before it is in `marks`.
 */
function isYamlKey(line: string, index: number, marks: LineMarks): boolean {
	const from = Math.max(0, index - WINDOW);
	const before = line.slice(from, index);
	if (from === 0 && /^\s*(?:-\s+)*["']?[\w-]*$/.test(before)) return true;
	return (
		marks.brace !== -1 && marks.brace < index && !(marks.comment !== -1 && marks.comment < index) && /[{,]\s*["']?[\w-]*$/.test(before)
	);
}

/**
 * The value of a YAML (or JSON) key: to the end of the line, or of the flow-map entry; no comment,
 * no quotes. A lone «{» or «[» opens a nested map or list, whose own keys are checked line by line.
 * `rest` is at most WINDOW long: a longer value is no harmless one either way.
 */
function yamlValue(rest: string, flow: boolean): string {
	const end = flow ? rest.search(/[,}]/) : -1;
	const value = (end === -1 ? rest : rest.slice(0, end)).replace(/\s#.*$/, '').trim();
	if (value === '{' || value === '[') return '';
	return /^(["']).*\1$/.test(value) && value.length >= 2 ? value.slice(1, -1) : value;
}

/**
 * «Пароли: пять правил безопасности» is a topic, not a secret. In text, the value is the first
 * token after the key, and it is prose when it is a word of letters only followed by more words,
 * or a lone Russian word (passwords are typed in the Latin layout). A token with digits or signs,
 * or a lone Latin word, may be a password.
 */
const CLOSING = new Set([...'.:!?»"\')]']);

function isTextSecret(rest: string): boolean {
	const match = /^\s*([^\s,;]+)/u.exec(rest);
	if (!match) return false;
	const token = match[1]!;
	if (HARMLESS_VALUE.test(token) || !/[\p{L}\p{N}]/u.test(token)) return false;
	// Closing punctuation is cut by hand: `[.:!?»"')\]]+$` retries from every sign in a run of them.
	let end = token.length;
	while (end > 0 && CLOSING.has(token[end - 1]!)) end--;
	const word = token.slice(0, end);
	if (!/^\p{L}+$/u.test(word)) return true;
	if (/^\s+\p{L}/u.test(rest.slice(match[0].length))) return false;
	return !/^\p{Script=Cyrillic}+$/u.test(word);
}

/**
 * Where on a line a value shape starts (its index), or -1. Every shape is found in time linear in
 * the line: a pattern is either anchored on a literal and bounded, or a hand scan where a regular
 * expression would retry an unbounded run from every position in it (an e-mail's `[\w.+-]+@` took
 * minutes on a 1 MB line of letters).
 */
type Finder = (line: string) => number;

/** The first match of a pattern whose every attempt is bounded (literal start, bounded runs). */
const first =
	(pattern: RegExp): Finder =>
	(line) =>
		pattern.exec(line)?.index ?? -1;

const isWord = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
const isTokenChar = (c: number) => isWord(c) || c === 45;
const isSpace = (c: number) =>
	c === 32 ||
	c === 9 ||
	c === 10 ||
	c === 13 ||
	c === 11 ||
	c === 12 ||
	c === 0xa0 ||
	c === 0xfeff ||
	(c >= 0x2000 && c <= 0x200a) ||
	c === 0x1680 ||
	c === 0x2028 ||
	c === 0x2029 ||
	c === 0x202f ||
	c === 0x205f ||
	c === 0x3000;

/**
 * `[\w.+-]+@[\w-]+\.[\w.-]+:[^\s,;]{4,}` by hand: at each «@», a run of `[\w.+-]` before it, a host
 * after it (a run of `[\w.-]` that does not start with a dot and has a dot after its first
 * character) ending in «:», then four characters that are not spaces, «,» or «;». The runs around
 * one «@» never reach the next «@», so every character is looked at a bounded number of times.
 */
function emailPassword(line: string): number {
	for (let at = line.indexOf('@'); at !== -1; at = line.indexOf('@', at + 1)) {
		let start = at;
		while (start > 0) {
			const c = line.charCodeAt(start - 1);
			if (!(isWord(c) || c === 46 || c === 43 || c === 45)) break;
			start--;
		}
		if (start === at) continue;
		let end = at + 1;
		while (end < line.length) {
			const c = line.charCodeAt(end);
			if (!(isTokenChar(c) || c === 46)) break;
			end++;
		}
		const host = line.slice(at + 1, end);
		const dot = host.indexOf('.');
		if (dot < 1 || dot === host.length - 1 || line.charCodeAt(end) !== 58) continue;
		let password = 0;
		for (let i = end + 1; i < line.length && password < 4; i++, password++) {
			const c = line.charCodeAt(i);
			if (isSpace(c) || c === 44 || c === 59) break;
		}
		if (password >= 4) return start;
	}
	return -1;
}

const LOGIN = /логин|login/gi;
const LOGIN_LENGTH = 5;
const PASSWORD_WORD = /пароль|pass/iy;

/** After a password keyword: `\s*[:=]?\s*\S` (a value follows). */
function valueFollows(line: string, at: number): boolean {
	let i = at;
	while (i < line.length && isSpace(line.charCodeAt(i))) i++;
	if (line[i] === ':' || line[i] === '=') i++;
	while (i < line.length && isSpace(line.charCodeAt(i))) i++;
	return i < line.length;
}

function passwordAt(line: string, at: number): boolean {
	PASSWORD_WORD.lastIndex = at;
	return PASSWORD_WORD.test(line) && valueFollows(line, PASSWORD_WORD.lastIndex);
}

const isSeparator = (c: number) => isSpace(c) || c === 44 || c === 59;

/**
 * `(?:логин|login)\s*[:=]?\s*\S+[\s,;]+(?:пароль|password|pass)\s*[:=]?\s*\S+`, case-insensitive, by
 * hand (its `\S+` and `[\s,;]+` overlap, and the regex retried every «login» of a line to its end).
 * After «login» and an optional «:» or «=», a value: a run of non-spaces; the password keyword
 * follows either a «,» or «;» inside that run, or the separators right after it. A later «login»
 * that ends inside the same run has a part of the same candidates, so the search resumes at the
 * last one that may end where the run does (its value is the next run).
 */
function loginPassword(line: string): number {
	LOGIN.lastIndex = 0;
	for (let match = LOGIN.exec(line); match; match = LOGIN.exec(line)) {
		let a = match.index + match[0].length;
		while (a < line.length && isSpace(line.charCodeAt(a))) a++;
		// The value may start at the «:» itself (`login: password: x`), or after it and its spaces.
		const starts = [a];
		if ((line[a] === ':' || line[a] === '=') && isSpace(line.charCodeAt(a + 1))) {
			let b = a + 1;
			while (b < line.length && isSpace(line.charCodeAt(b))) b++;
			starts.push(b);
		}
		let resume = a + 1;
		for (const p of starts) {
			if (p >= line.length) continue;
			let w = p;
			while (w < line.length && !isSpace(line.charCodeAt(w))) w++;
			for (let k = p + 2; k < w; k++) {
				const c = line.charCodeAt(k - 1);
				if ((c === 44 || c === 59) && passwordAt(line, k)) return match.index;
			}
			let e = w;
			while (e < line.length && isSeparator(line.charCodeAt(e))) e++;
			if (e > w && passwordAt(line, e)) return match.index;
			resume = Math.max(resume, w - LOGIN_LENGTH);
		}
		LOGIN.lastIndex = Math.max(LOGIN.lastIndex, resume);
	}
	return -1;
}

/** Each maximal run of characters `inRun` accepts, as [start, end). */
function* runs(line: string, inRun: (c: number) => boolean): Generator<[number, number]> {
	let i = 0;
	while (i < line.length) {
		while (i < line.length && !inRun(line.charCodeAt(i))) i++;
		const start = i;
		while (i < line.length && inRun(line.charCodeAt(i))) i++;
		if (i > start) yield [start, i];
	}
}

const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

/** `\b(?=[a-f0-9]*[a-f])(?=[a-f0-9]*\d)[a-f0-9]{40,}\b`/i: a whole word of 40+ hex digits, with a letter and a digit. */
function hexKey(line: string): number {
	for (const [start, end] of runs(line, isWord)) {
		if (end - start < 40) continue;
		let letter = false;
		let digit = false;
		let hex = true;
		for (let i = start; i < end && hex; i++) {
			const c = line.charCodeAt(i);
			if (!isHex(c)) hex = false;
			else if (c <= 57) digit = true;
			else letter = true;
		}
		if (hex && letter && digit) return start;
	}
	return -1;
}

/**
 * `(?<![\w/.-])(?=…[a-z])(?=…[A-Z])(?=…\d)[A-Za-z0-9_-]{40,}(?![\w/.-])`: a whole run of 40+
 * `[\w-]` with a lower-case letter, a capital and a digit, not part of a path or a domain name
 * (no «/» or «.» right before or after it).
 */
function tokenLike(line: string): number {
	for (const [start, end] of runs(line, isTokenChar)) {
		if (end - start < 40) continue;
		const before = line.charCodeAt(start - 1);
		const after = line.charCodeAt(end);
		if (before === 47 || before === 46 || after === 47 || after === 46) continue;
		let lower = false;
		let upper = false;
		let digit = false;
		for (let i = start; i < end; i++) {
			const c = line.charCodeAt(i);
			if (c >= 97 && c <= 122) lower = true;
			else if (c >= 65 && c <= 90) upper = true;
			else if (c >= 48 && c <= 57) digit = true;
		}
		if (lower && upper && digit) return start;
	}
	return -1;
}

const VALUE_PATTERNS: [Finder, string][] = [
	// Key types are one or two words (RSA, EC, ENCRYPTED, OPENSSH): a bounded gap.
	[first(/-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----/), 'закрытый ключ'],
	// Bounded tails: only where a token starts matters, and 20 characters make it one.
	[first(/\bvk1\.a\.[\w-]{20}/), 'токен доступа VK'],
	[first(/\b\d{8,10}:[\w-]{35}\b/), 'токен бота Telegram'],
	// A JWT's three parts are runs of `[\w-]` between dots; the lookbehind starts each attempt at
	// the start of a run, so a failed attempt never rescans a run another attempt has read.
	[first(/(?<![\w-])eyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{10}/), 'токен JWT'],
	[first(/\b(?:ya29\.|ghp_|glpat-|gho_|xox[bp]-|AKIA)[\w-]{10}/), 'токен доступа'],
	// Host and password stop at «/», which every «://» has: attempts never overlap.
	[first(/https?:\/\/[^\s/:@]+:[^\s/@]+@/), 'логин и пароль в ссылке'],
	[emailPassword, 'пара «почта:пароль»'],
	[loginPassword, 'пара «логин и пароль»'],
	[hexKey, 'похожая на ключ шестнадцатеричная строка'],
	[tokenLike, 'похожая на токен строка'],
];

/**
 * Cheap tests per file; the detailed line scan runs only where something may be there. A year of
 * statistics is ~50 MB of text at 20,000 accounts: the combined pattern took 3.5 s on it, these
 * take 0.3 s (a keyword test, and a hand-written scan for long token-like runs, which a regex
 * like /[A-Za-z0-9_-]{40}/ does slowly because it retries at every position).
 */
// Split so each part stays linear and cheap: a combined case-insensitive pattern was 8x slower.
const KEYWORDS_LATIN = /pass|pwd|token|secret|api[_-]?key|access[_-]?key|private[_-]?key|cookie|login/i;
const KEYWORDS_CYRILLIC = /[Пп]арол|ПАРОЛ|[Тт]окен|ТОКЕН|[Сс]екрет|СЕКРЕТ|[Лл]огин|ЛОГИН/;
// `:[\w-]{30}` is anchored on a colon: it stands for the Telegram bot token shape without
// trying a digit run at every digit of a statistics file.
const SHAPES = /BEGIN|vk1\.|eyJ|ya29\.|ghp_|glpat-|gho_|xox[bp]-|AKIA|:\/\/[^\s/]*@|@[\w.-]+:|:[\w-]{30}/;
const LONG_RUN = 40;

function hasLongRun(text: string): boolean {
	let run = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		// A-Z a-z 0-9 _ -
		if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45) {
			if (++run >= LONG_RUN) return true;
		} else run = 0;
	}
	return false;
}

/**
 * An OpenSSH public key (`ssh-ed25519 AAAA…`): the administration publishes its key on purpose
 * (site.yaml signingKey, docs/signing.md), and the base64 of one is a run a token is made of. Blanked
 * before the value patterns, keeping columns; a private key keeps its own «BEGIN … PRIVATE KEY».
 */
const PUBLIC_KEY = /\b(?:ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(?:256|384|521)) AAAA[A-Za-z0-9+/]{16,}={0,3}/g;
const withoutPublicKeys = (line: string) => (line.includes(' AAAA') ? line.replace(PUBLIC_KEY, (key) => ' '.repeat(key.length)) : line);

export default defineRule({
	meta: {
		id: 'no-secrets',
		title: 'В данных нет паролей и токенов',
		description:
			'Ни в одном файле нет паролей, токенов доступа и пар «логин — пароль»: их учитывают в менеджере паролей, а не в репозитории.',
		enforces: { kind: 'fixed', clauses: [{ policy: 'khasyn-undated', clause: 's1-p5-2' }] },
		defaultLevel: 'required',
		messages: {
			key: 'Поле «{{key}}» похоже на пароль или токен. Удалите значение из файла и из истории изменений, смените пароль и храните его в менеджере паролей ({{clause}} требует учёта паролей, но не в открытых данных).',
			value:
				'Здесь {{what}}. Удалите его из файла и из истории изменений, смените пароль или отзовите токен; храните такие данные в менеджере паролей ({{clause}}).',
		},
	},
	checkText(ctx, { file, text, csv }) {
		if (!KEYWORDS_LATIN.test(text) && !KEYWORDS_CYRILLIC.test(text) && !SHAPES.test(text) && !hasLongRun(text)) return;
		// JSON is YAML too (a JSON schema beside the data: `"passwordRotated": {`).
		const yaml = !csv && /\.(?:ya?ml|json)$/i.test(file);
		const lines = text.split(/\r?\n/);
		lines.forEach((line, i) => {
			const marks = yaml ? lineMarks(line) : undefined;
			for (const key of line.matchAll(SECRET_KEY)) {
				if (!isKeyName(key[1]!, key[2]!)) continue;
				const after = key.index + key[0].length;
				const rest = line.slice(after, after + WINDOW);
				const secret =
					marks && isYamlKey(line, key.index, marks)
						? !HARMLESS_VALUE.test(yamlValue(rest, marks.brace !== -1 && marks.brace < key.index))
						: isTextSecret(rest);
				if (!secret) continue;
				ctx.report({
					file,
					line: i + 1,
					column: key.index + 1,
					messageId: 'key',
					citation: { policy: 'khasyn-undated', clause: 's1-p5-2' },
					data: { key: key[1]! + key[2]! },
				});
				return;
			}
			const scanned = withoutPublicKeys(line);
			for (const [find, what] of VALUE_PATTERNS) {
				const index = find(scanned);
				if (index === -1) continue;
				ctx.report({
					file,
					line: i + 1,
					column: index + 1,
					messageId: 'value',
					citation: { policy: 'khasyn-undated', clause: 's1-p5-2' },
					data: { what },
				});
				return;
			}
		});
	},
});
