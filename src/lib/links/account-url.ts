import { canonicalise } from './canonicalise.ts';
import { NETWORK_HOSTS } from './hosts.ts';
import { isNetwork } from './types.ts';

function encodePath(id: string): string {
	// Each segment is escaped on its own; '@' of YouTube handles stays readable.
	return id
		.split('/')
		.map((segment) => encodeURIComponent(segment).replace(/^%40/, '@'))
		.join('/');
}

/**
 * The https URL of a canonical account id: 'vk:club123' → 'https://vk.com/club123'.
 * Returns null for anything that is not a canonical account id, checked by
 * resolving the URL back, so a URL from here always denotes exactly that id.
 */
export function accountUrl(canonical: string): string | null {
	const colon = canonical.indexOf(':');
	const network = canonical.slice(0, colon);
	const id = canonical.slice(colon + 1);
	if (colon === -1 || !isNetwork(network) || id === '') return null;
	const host = NETWORK_HOSTS[network][0];
	let url: string;
	if (network === 'fb' && /^id\d+$/.test(id)) url = `https://${host}/profile.php?id=${id.slice(2)}`;
	else if (network === 'rutube' || network === 'ig') url = `https://${host}/${encodePath(id)}/`;
	else url = `https://${host}/${encodePath(id)}`;
	const back = canonicalise(url);
	return back.kind === 'account' && back.canonical === canonical ? url : null;
}
