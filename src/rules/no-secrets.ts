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
 */
const SECRET_KEY = /(?<![\p{L}\p{N}])(passwd|pass(?:word)?|pwd|парол|token|токен|secret|секрет|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret|cookie)([\p{L}\p{N}_-]*)["']?[ \t]*[:=]/giu;
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
 * Where a YAML key stands: at the start of a line (after indentation and list dashes; a JSON key
 * too, in its quotes) or right after «{» or «,» inside a flow map; `prefix` is the line before the
 * keyword, which may begin the key (`db_password`). Anything else (a comment, a CSV cell, a value,
 * a text file) is text, where «key: value» is only a secret if the value is not prose.
 */
function isYamlKey(prefix: string): boolean {
	if (/^\s*(?:-\s+)*["']?[\w-]*$/.test(prefix)) return true;
	return prefix.includes('{') && !/(?:^|\s)#/.test(prefix) && /[{,]\s*["']?[\w-]*$/.test(prefix);
}

/**
 * The value of a YAML (or JSON) key: to the end of the line, or of the flow-map entry; no comment,
 * no quotes. A lone «{» or «[» opens a nested map or list, whose own keys are checked line by line.
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
function isTextSecret(rest: string): boolean {
	const match = /^\s*([^\s,;]+)(.*)$/u.exec(rest);
	if (!match) return false;
	const token = match[1]!;
	if (HARMLESS_VALUE.test(token) || !/[\p{L}\p{N}]/u.test(token)) return false;
	const word = token.replace(/[.:!?»"')\]]+$/u, '');
	if (!/^\p{L}+$/u.test(word)) return true;
	if (/^\s+\p{L}/u.test(match[2]!)) return false;
	return !/^\p{Script=Cyrillic}+$/u.test(word);
}

const VALUE_PATTERNS: [RegExp, string][] = [
	[/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'закрытый ключ'],
	[/\bvk1\.a\.[\w-]{20,}/, 'токен доступа VK'],
	[/\b\d{8,10}:[\w-]{35}\b/, 'токен бота Telegram'],
	[/\beyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{10,}/, 'токен JWT'],
	[/\b(?:ya29\.|ghp_|glpat-|gho_|xox[bp]-|AKIA)[\w-]{10,}/, 'токен доступа'],
	[/https?:\/\/[^\s/:@]+:[^\s/@]+@/, 'логин и пароль в ссылке'],
	[/[\w.+-]+@[\w-]+\.[\w.-]+:[^\s,;]{4,}/, 'пара «почта:пароль»'],
	[/(?:логин|login)\s*[:=]?\s*\S+[\s,;]+(?:пароль|password|pass)\s*[:=]?\s*\S+/i, 'пара «логин и пароль»'],
	[/\b(?=[a-f0-9]*[a-f])(?=[a-f0-9]*\d)[a-f0-9]{40,}\b/i, 'похожая на ключ шестнадцатеричная строка'],
	[/(?<![\w/.-])(?=[A-Za-z0-9_-]*[a-z])(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{40,}(?![\w/.-])/, 'похожая на токен строка'],
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

export default defineRule({
	meta: {
		id: 'no-secrets',
		title: 'В данных нет паролей и токенов',
		description: 'Ни в одном файле нет паролей, токенов доступа и пар «логин — пароль»: их учитывают в менеджере паролей, а не в репозитории.',
		enforces: { kind: 'fixed', clauses: [{ policy: 'khasyn-undated', clause: 's1-p5-2' }] },
		defaultLevel: 'required',
		messages: {
			key: 'Поле «{{key}}» похоже на пароль или токен. Удалите значение из файла и из истории изменений, смените пароль и храните его в менеджере паролей ({{clause}} требует учёта паролей, но не в открытых данных).',
			value: 'Здесь {{what}}. Удалите его из файла и из истории изменений, смените пароль или отзовите токен; храните такие данные в менеджере паролей ({{clause}}).',
		},
	},
	checkText(ctx, { file, text, csv }) {
		if (!KEYWORDS_LATIN.test(text) && !KEYWORDS_CYRILLIC.test(text) && !SHAPES.test(text) && !hasLongRun(text)) return;
		// JSON is YAML too (a JSON schema beside the data: `"passwordRotated": {`).
		const yaml = !csv && /\.(?:ya?ml|json)$/i.test(file);
		const lines = text.split(/\r?\n/);
		lines.forEach((line, i) => {
			for (const key of line.matchAll(SECRET_KEY)) {
				if (!isKeyName(key[1]!, key[2]!)) continue;
				const prefix = line.slice(0, key.index);
				const rest = line.slice(key.index + key[0].length);
				const secret = yaml && isYamlKey(prefix) ? !HARMLESS_VALUE.test(yamlValue(rest, prefix.includes('{'))) : isTextSecret(rest);
				if (!secret) continue;
				ctx.report({ file, line: i + 1, column: key.index + 1, messageId: 'key', citation: { policy: 'khasyn-undated', clause: 's1-p5-2' }, data: { key: key[1]! + key[2]! } });
				return;
			}
			for (const [pattern, what] of VALUE_PATTERNS) {
				const match = pattern.exec(line);
				if (!match) continue;
				ctx.report({ file, line: i + 1, column: match.index + 1, messageId: 'value', citation: { policy: 'khasyn-undated', clause: 's1-p5-2' }, data: { what } });
				return;
			}
		});
	},
});
