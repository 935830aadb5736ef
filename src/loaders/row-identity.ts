/**
 * When two rows of a quarterly table are the same row. One definition serves the check, which
 * reports a repeated row and keeps the first (src/loaders/period.ts), and the import, which lets an
 * incoming row replace the existing rows with its key (src/import/merge.ts, src/import/series.ts).
 *
 * A statistics week of an account and a message of the reply log are one row each: a second row
 * with the key contradicts the first. A content plan may list one topic twice on a day (a
 * cancelled publication and its replacement), so its key names a group of rows: the import
 * replaces the group, and only a row identical in every cell repeats one.
 */
import { ruDate } from '../lib/dates.ts';
import { networkLabel } from '../lib/network-words.ts';
import { quoteName } from '../lib/ru-format.ts';
import type { SeriesKind } from './tree.ts';

/** A row's cells by column: parsed values in the check, cell texts in the import. */
export type RowCells = Readonly<Record<string, unknown>>;

export interface RowIdentity {
	/** The column a repeat is reported at. */
	column: string;
	/** Key parts in the order a written file is sorted by. */
	key(row: RowCells): string[];
	/** True when rows may share a key (a group) and only a row equal in every cell repeats one. */
	group: boolean;
	/** The key in Russian for messages, dates as the clerk writes them. */
	describe(row: RowCells): string;
}

const text = (value: unknown) => (value === undefined ? '' : String(value));
const short = (value: unknown) => (text(value).length > 40 ? `${text(value).slice(0, 37)}…` : text(value));

// Plan rows for «all accounts of the organisation in this network» have no account; the prefix
// keeps `vk` the network apart from an account that happened to be called `vk`.
const planTarget = (row: RowCells) => (row.account !== undefined ? `a:${text(row.account)}` : `n:${text(row.network)}`);

export const ROW_IDENTITY: Record<SeriesKind, RowIdentity> = {
	stats: {
		column: 'week_start',
		// Date first, as the files are laid out (week by week); which of account and week comes
		// first does not change which rows count as the same.
		key: (row) => [text(row.week_start), text(row.account)],
		group: false,
		describe: (row) => `аккаунт ${text(row.account)}, неделя с ${ruDate(text(row.week_start))}`,
	},
	plans: {
		column: 'date',
		key: (row) => [text(row.date), planTarget(row), text(row.topic)],
		group: true,
		describe: (row) =>
			`дата ${ruDate(text(row.date))}, ${row.account !== undefined ? `аккаунт ${text(row.account)}` : `сеть ${quoteName(networkLabel(text(row.network)))}`}, тема «${short(row.topic)}»`,
	},
	replies: {
		column: 'message_id',
		key: (row) => [text(row.message_id)],
		group: false,
		describe: (row) => `номер сообщения ${short(row.message_id)}`,
	},
};
