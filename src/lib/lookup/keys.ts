/**
 * The keys shards are filed under. Shared by the builder and the lookup: a key computed in the
 * browser must be the one the build wrote, character for character.
 */

/**
 * The name a citizen would type for a page, without its network: `vk:primer_admin` and
 * `tg:primer_admin` both give `primer_admin`, YouTube's `@name`, `c/name` and `user/name` give
 * `name`. Exact shards are chosen by this key, so a bare handle is answered for every network by
 * one file.
 */
export function handleKey(canonical: string): string {
	const id = canonical.slice(canonical.indexOf(':') + 1);
	return id.replace(/^(?:@|c\/|user\/)/, '');
}

/** `tel:+74999932155` for any Russian spelling of a number, or null when it is not one. */
export function phoneKey(text: string): string | null {
	let digits = '';
	let plus = false;
	for (const ch of text.trim()) {
		if (ch >= '0' && ch <= '9') digits += ch;
		else if (ch === '+' && digits === '' && !plus) plus = true;
		// Separators people write numbers with; anything else means this is not a phone number.
		else if (!' -()\u00a0.\u2010\u2011\u2012\u2013\u2014'.includes(ch)) return null;
		if (digits.length > 11) return null;
	}
	// +7 and 8 are the two country prefixes in use; «8 (49999) 3-21-55» is the same number as «+7 …».
	if (digits.length !== 11) return null;
	if (plus ? digits[0] !== '7' : digits[0] !== '8' && digits[0] !== '7') return null;
	return `tel:+7${digits.slice(1)}`;
}

// Local part and domain as people write them; one pass, no backtracking (linear in the input).
const EMAIL = /^[\w.+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

/** `mail:priem@primer-rayon.ru` (lowercase, domain in punycode when it has national letters), or null. */
export function emailKey(text: string): string | null {
	const address = text.trim().replace(/^mailto:/i, '');
	if (address.length > 254 || !EMAIL.test(address)) return null;
	const at = address.lastIndexOf('@');
	const host = siteHost(address.slice(at + 1));
	return host === null ? null : `mail:${address.slice(0, at).toLowerCase()}@${host}`;
}

/** `site:primer-rayon.ru` for a web address or bare host (without `www.`), or null. */
export function siteKey(text: string): string | null {
	let url: URL;
	try {
		url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
	} catch {
		return null;
	}
	const host = siteHost(url.hostname);
	return host === null ? null : `site:${host}`;
}

/** The host as the URL parser writes it (ASCII, lowercase), without a leading `www.` or trailing dot. */
function siteHost(host: string): string | null {
	let parsed: string;
	try {
		parsed = new URL(`https://${host}/`).hostname;
	} catch {
		return null;
	}
	parsed = parsed.replace(/\.$/, '');
	if (!parsed.includes('.')) return null;
	return parsed.startsWith('www.') ? parsed.slice(4) : parsed;
}
