/**
 * The bodies of the big tables, as escaped strings (src/lib/html.ts) rather than Astro elements:
 * statistics and content-plan pages hold thousands of cells, and rendering them element by element
 * was most of those pages' cost (build budget, docs/benchmarks.md). The markup is what the components wrote.
 */
import { html, type SafeHtml } from '../lib/html.ts';
import type { AddressEntry } from '../queries/address-index.ts';
import type { PlanDay } from '../queries/plans.ts';
import type { TableModel } from '../scripts/charts-spec.ts';

/**
 * StatsTable's rows: a row header (a link when the row has one), then numeric cells (a cell a link
 * when the row gives one for it: the quarter's list links each organisation's findings). The cells
 * carry no class: StatsTable's DataTable aligns every <td> as a number (`numeric`), and `class="num"` on each was 12 % of
 * a statistics page (78.2 → 68.6 KB at 200,000 accounts; build budget).
 */
export function statsRows(rows: TableModel['rows']): SafeHtml {
	return html`${rows.map(
		(row) =>
			html`<tr><th scope="row">${row.href ? html`<a href="${row.href}">${row.head}</a>` : row.head}</th>${row.cells.map((cell, i) => {
				const href = row.cellHrefs?.[i];
				return href ? html`<td><a href="${href}">${cell}</a></td>` : html`<td>${cell}</td>`;
			})}</tr>`,
	)}`;
}

/** PlanMonthTable's body: one <tbody> per date, its first cell a row-group header with the date. */
export function planDays(days: readonly PlanDay[]): SafeHtml {
	return html`${days.map(
		(day) =>
			html`<tbody>${day.items.map(
				(item, i) =>
					html`<tr${item.cancelled ? html` class="cancelled"` : ''}>${i === 0 ? html`<th scope="rowgroup" rowspan="${day.items.length}"><time datetime="${day.date}">${day.label}</time></th>` : ''}<td>${item.page}</td><td>${item.topic}</td><td>${item.format}</td><td>${item.status}</td></tr>`,
			)}</tbody>`,
	)}`;
}

/**
 * Where a web address may wrap: after «/», «_» or «-» (not inside «//»), before «.», «?», «#», «=»
 * or «&». A line never starts with «_», which an underlined link would hide. UrlText uses it too.
 */
export const URL_BREAKS = /(?<=[/_-])(?![/_-])|(?=[.?#=&])/;

/** An address as UrlText writes it: its parts joined by <wbr>. */
function urlText(text: string): SafeHtml {
	return html`${text.split(URL_BREAKS).map((part, i) => (i === 0 ? part : html`<wbr>${part}`))}`;
}

/**
 * The address index's rows (AddressLetterPage): 25,000 rows at 20,000 accounts, four links each.
 * `href` is built by code (canonicalHref: https on the network's own host), never taken from data.
 */
export function addressRows(
	entries: readonly AddressEntry[],
	labels: { alias: string; status: (entry: AddressEntry) => string },
): SafeHtml {
	return html`${entries.map((entry) => {
		const address = entry.href
			? html`<a class="url" href="${entry.href}" rel="external noopener noreferrer">${urlText(entry.text)}</a>`
			: html`<span class="url">${urlText(entry.text)}</span>`;
		const org = entry.org.missing ? entry.org.name : html`<a href="/org/${entry.org.id}/">${entry.org.name}</a>`;
		return html`<tr${entry.account.status === 'closed' ? html` class="closed"` : ''}><th scope="row">${address}${entry.alias ? html`<span class="note">${labels.alias}</span>` : ''}</th><td><a href="/akkaunt/${entry.account.id}/">${entry.account.name}</a></td><td>${org}</td><td><span class="address-status tag-${entry.account.status}">${labels.status(entry)}</span></td></tr>`;
	})}`;
}
