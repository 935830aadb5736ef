/**
 * The bodies of the two big tables, as escaped strings (src/lib/html.ts) rather than Astro elements:
 * statistics and content-plan pages hold thousands of cells, and rendering them element by element
 * was most of those pages' cost (issue 3, build budget). The markup is what the components wrote.
 */
import { html, type SafeHtml } from '../lib/html.ts';
import type { PlanDay } from '../queries/plans.ts';
import type { TableModel } from '../scripts/charts-spec.ts';

/**
 * StatsTable's rows: a row header (a link when the row has one), then numeric cells. The cells
 * carry no class: StatsTable aligns every <td> as a number, and `class="num"` on each was 12 % of
 * a statistics page (78.2 → 68.6 KB at 200,000 accounts; issue 3, build budget).
 */
export function statsRows(rows: TableModel['rows']): SafeHtml {
	return html`${rows.map(
		(row) => html`<tr><th scope="row">${row.href ? html`<a href="${row.href}">${row.head}</a>` : row.head}</th>${row.cells.map((cell) => html`<td>${cell}</td>`)}</tr>`,
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
