/**
 * The title a clerk's spreadsheet gives each column of the quarterly tables: the first alias of its
 * column spec. A committed file titles its columns by their canonical names (`posts`), which the
 * clerk never sees in the table they upload («Публикаций»), so a message about a column names both.
 */
import { CONTENT_PLAN_COLUMNS } from './content-plan.ts';
import type { ColumnSpec } from './csv-cells.ts';
import { REPLY_LOG_COLUMNS } from './reply-log.ts';
import { WEEKLY_STATS_COLUMNS } from './weekly-stats.ts';

const TABLES: readonly Readonly<Record<string, ColumnSpec>>[] = [WEEKLY_STATS_COLUMNS, CONTENT_PLAN_COLUMNS, REPLY_LOG_COLUMNS];

// A canonical name means one column in every table (`account` is «Аккаунт» in each): a test holds
// the tables to it, so the first title found is the title.
const TITLES = new Map<string, string>();
for (const table of TABLES) {
	for (const [name, spec] of Object.entries(table)) if (!TITLES.has(name) && spec.aliases[0]) TITLES.set(name, spec.aliases[0]);
}

/** The quarterly tables' column specs, for the test that their titles agree. */
export const TABLE_COLUMNS = TABLES;

/** `posts` → `Публикаций`; undefined for a header that is not a canonical column name. */
export function spreadsheetTitle(header: string): string | undefined {
	return TITLES.get(header);
}
