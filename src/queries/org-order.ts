/**
 * The order of organisations in the site's lists (a quarter's statistics, the content-plan index):
 * by name with numbers in numeric order («№ 8» before «№ 77»), then by id. One collator for every
 * comparison: localeCompare builds one per call.
 */
const NAMES = new Intl.Collator('ru', { numeric: true });

export function byOrgName(a: { name: string; org: string }, b: { name: string; org: string }): number {
	return NAMES.compare(a.name, b.name) || (a.org < b.org ? -1 : a.org > b.org ? 1 : 0);
}
