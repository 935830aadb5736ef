/**
 * Link shorteners and redirect wrappers. They are never followed: the target
 * can change after review, and following them would make this pure function
 * depend on the network.
 */
const SHORTENERS = new Set([
	'vk.cc',
	'clck.ru',
	'bit.ly',
	'bitly.com',
	'goo.gl',
	't.co',
	'tinyurl.com',
	'ya.cc',
	'u.to',
	'ok.me',
	'is.gd',
	'v.gd',
	'ow.ly',
	'buff.ly',
	'cutt.ly',
	'rb.gy',
	'shorturl.at',
	'tiny.cc',
	's.id',
	'qps.ru',
	'fb.me',
	'fb.watch',
	'instagr.am',
	'lnkd.in',
	'dlvr.it',
	't.ly',
	'surl.li',
	'rebrand.ly',
	'shorturl.com',
	'gg.gg',
]);

// Hosts whose every page is a redirect.
const WRAPPER_HOSTS = new Set([
	'away.vk.com',
	'l.facebook.com',
	'lm.facebook.com',
	'l.instagram.com',
	'l.messenger.com',
	'clck.yandex.ru',
	'href.li',
	'checklink.mail.ru',
]);

export function isShortener(host: string): boolean {
	return SHORTENERS.has(host.startsWith('www.') ? host.slice(4) : host);
}

/** Wrappers on foreign hosts; wrappers on network hosts (vk.com/away.php) are caught by the network resolvers. */
export function isRedirectWrapper(host: string, path: string): boolean {
	if (WRAPPER_HOSTS.has(host)) return true;
	// google.com/url?q=…, google.ru/url?…
	if (/^(www\.)?google\.[a-z]{2,3}(\.[a-z]{2})?$/.test(host) && /^\/url\/?$/i.test(path)) return true;
	// yandex.ru/clck/jsredir?…, and its regional mirrors
	if (/^(www\.)?yandex\.[a-z]{2,3}$/.test(host) && /\/clck\//i.test(path)) return true;
	return false;
}
