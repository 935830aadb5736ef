/**
 * Turns pasted text into something the WHATWG URL parser accepts, keeping the
 * host exactly as typed so look-alike checks can see what the reader saw.
 */
export type Prepared = { scheme: 'web'; href: string; rawHost: string } | { scheme: 'tg'; href: string };

// A bare host at the start of the text: labels of letters/digits and a
// top-level label that starts with a letter ('vk.com', 'президент.рф'),
// so that '3.14', 'т.е' or 'e.g' are not mistaken for links.
const BARE_HOST = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}_.．。｡-]*[.．。｡]\p{L}[\p{L}\p{N}\p{M}-]+[.．。｡]?(?::\d{1,5})?(?=[/?#]|$)/u;

export function prepare(text: string): Prepared | null {
	// Backslashes are path separators to browsers; normalising them keeps the raw host honest.
	const slashed = text.replace(/\\/g, '/');
	if (/^tg:/i.test(slashed)) return { scheme: 'tg', href: slashed.replace(/^tg:\/*/i, 'tg://') };

	let rest: string;
	const scheme = /^https?:\/*/i.exec(slashed);
	if (scheme !== null) rest = slashed.slice(scheme[0].length);
	else if (slashed.startsWith('//')) rest = slashed.slice(2);
	else if (BARE_HOST.test(slashed)) rest = slashed;
	else return null;

	return { scheme: 'web', href: `https://${rest}`, rawHost: rawHostOf(rest) };
}

/**
 * The host part of 'host[:port]/path…' with userinfo and port removed, exactly as typed: not
 * lowercased, because toLowerCase() folds the Kelvin sign into an ASCII 'k' and the look-alike
 * checks must see the characters the reader saw.
 */
function rawHostOf(rest: string): string {
	const end = rest.search(/[/?#]/);
	const authority = end === -1 ? rest : rest.slice(0, end);
	const host = authority.slice(authority.lastIndexOf('@') + 1);
	if (host.startsWith('[')) return host;
	return host.replace(/:\d*$/, '');
}

/**
 * Splits url.pathname into decoded segments; malformed escapes stay encoded (and then fail name checks).
 * Not normalised: NFC maps the Kelvin sign to 'K', while a browser requests the sign itself.
 */
export function pathSegments(pathname: string): string[] {
	const segments: string[] = [];
	for (const part of pathname.split('/')) {
		if (part === '') continue;
		let decoded = part;
		try {
			decoded = decodeURIComponent(part);
		} catch {
			// keep the encoded form
		}
		segments.push(decoded);
	}
	return segments;
}
