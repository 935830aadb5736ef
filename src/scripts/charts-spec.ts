/**
 * The contract between the statistics pages and the chart script: a page serialises a ChartSpec
 * into a `<script type="application/json">` block next to each canvas; src/scripts/charts.ts reads
 * it. All words in a spec (labels, units) are already translated on the server, so the client
 * script carries no UI text. Types only: nothing here ships to the browser.
 */

export interface ChartSeries {
	label: string;
	/** One value per label; null where there is no data (a gap, not a zero). */
	data: (number | null)[];
	/** bar; line; limit = the minimum or deadline, drawn as a dashed step line. */
	style: 'bar' | 'line' | 'limit';
}

export interface ChartSpec {
	type: 'bar' | 'doughnut';
	labels: string[];
	series: ChartSeries[];
	/** Values are percentages: the value axis runs 0–100. */
	percent?: boolean;
	/** Title of the value axis, e.g. «публикаций». */
	unit?: string;
}

/** A data table as the statistics components render it: the record behind every chart. */
export interface TableModel {
	caption: string;
	/** Column headers; the first heads the row-header column. */
	columns: string[];
	/** `cellHrefs`: a link for a cell, by its index in `cells` (null or absent: plain text). */
	rows: { head: string; href?: string; cells: string[]; cellHrefs?: (string | null)[] }[];
}

/** A figure: caption, the chart (absent when a table alone says it better) and its table. */
export interface FigureModel {
	id: string;
	caption: string;
	/** A sentence under the caption, e.g. the act that sets the minimum. */
	note?: string;
	/** Short description of the chart for screen readers (canvas aria-label). */
	label: string;
	chart: ChartSpec | null;
	table: TableModel;
}
