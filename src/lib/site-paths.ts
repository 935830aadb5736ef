/**
 * Addresses of the site's own pages that components link to: the routes in src/pages/ decide them,
 * the queries that list those pages and the components that link to them share these, so a link
 * and its page cannot drift apart. Pure strings, below the queries.
 */

/** /statistika/<quarter>/ (the overview and the first organisations), then /statistika/<quarter>/<n>/. */
export function quarterPageHref(slug: string, page: number): string {
	return page === 1 ? `/statistika/${slug}/` : `/statistika/${slug}/${page}/`;
}

/** The link to one quarter of an organisation's statistics page. */
export function orgStatsHref(orgId: string, slug?: string): string {
	return `/org/${orgId}/statistika/${slug ? `#${slug}` : ''}`;
}

/** A month of an organisation's content plan: its section of the year page. */
export const planMonthHref = (org: string, month: string) => `/plany/${org}/${month.slice(0, 4)}/#${month}`;
export const planYearHref = (org: string, year: string) => `/plany/${org}/${year}/`;

/** The address index (/proverka/adresa/). */
export const INDEX_PATH = '/proverka/adresa/';

/** URL segment of the address index page for names that start with neither a Latin letter nor a digit («другие»). */
export const OTHER = 'drugie';

/** Where an organisation's findings are (/org/<id>/statistika/proverka/), optionally at one quarter's section. */
export function orgFindingsHref(orgId: string, slug?: string): string {
	return `/org/${orgId}/statistika/proverka/${slug ? `#${slug}` : ''}`;
}
