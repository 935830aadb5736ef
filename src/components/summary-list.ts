/**
 * The contract of SummaryList.astro: the label / value rows of a statement, an organisation or an
 * act (GOV.UK «summary list»), so every page writes its rows as data and one component holds the
 * markup, including the space between <dt> and <dd> that search excerpts need.
 */
import type { SafeHtml } from '../lib/html.ts';

export interface SummaryRow {
	/** The label, e.g. «Реестровая запись». */
	key: string;
	/**
	 * The value as text (escaped) or as markup built with `html` from src/lib/html.ts (escaped
	 * part by part, so data cannot inject markup). Ignored when `slot` is given.
	 */
	value?: string | SafeHtml;
	/** Makes a text value a link to this address. */
	href?: string;
	/** `rel` of that link, e.g. `external noopener noreferrer` for an organisation's own website. */
	rel?: string;
	/** Name of a slot of SummaryList holding the value, for values that are components (a date, a status tag, a clause). */
	slot?: string;
	/** Leaves the row out of the search index (data-pagefind-ignore). */
	searchIgnore?: boolean;
}

/** A row, or a falsy value for a row the page does not show (`since && { … }`). */
export type SummaryRowInput = SummaryRow | false | null | undefined | '';

/** The rows to render, in order, without the ones left out. */
export function summaryRows(rows: readonly SummaryRowInput[]): SummaryRow[] {
	return rows.filter((row): row is SummaryRow => Boolean(row));
}
