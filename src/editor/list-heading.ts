/**
 * The heading of a list field in the form (Decap's list widget shows «<count> <label>» above the
 * items, English-style: «0 другие формы адреса», «1 другие формы адреса»). Here the count takes
 * the Russian plural form of the list's own word (`count_forms` of the field, decap.ts), and an
 * empty list shows no count at all: the add button below says what can be added. Pure; the admin
 * script hands it to Decap (decap-assets.ts BUNDLE_FIXES).
 */
import { formatCount } from '../lib/ru-format.ts';

/** «2 формы адреса» for `forms` «форма адреса|формы адреса|форм адреса»; '' for an empty list. */
export function listHeading(forms: unknown, count: number): string {
	if (!Number.isInteger(count) || count <= 0) return '';
	// A list without its own word still gets a count without a wrong ending.
	return typeof forms === 'string' && forms.split('|').length === 3 ? formatCount(count, forms) : `Элементов: ${count}`;
}
