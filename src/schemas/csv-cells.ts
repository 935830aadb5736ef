/**
 * Cell types for CSV rows. The tolerant reader (src/lib/csv) has already normalised what staff
 * spreadsheets contain (DD.MM.YYYY, decimal comma, non-breaking spaces) into canonical strings;
 * empty cells arrive as `undefined`. These schemas then say whether the canonical string is valid.
 */
import { z } from 'zod';
import { COUNT_MAX, COUNT_MAX_TEXT, COUNT_PATTERN } from './cell-checks.ts';

/** A count: digits only, at most COUNT_MAX (cell-checks.ts says why). */
export const CountCell = z
	.string()
	.regex(COUNT_PATTERN, { error: `ожидалось целое неотрицательное число не больше ${COUNT_MAX_TEXT}, например 12`, abort: true })
	.refine((value) => Number(value) <= COUNT_MAX, {
		error: (issue) =>
			`число ${String(issue.input).slice(0, 30)}${String(issue.input).length > 30 ? '…' : ''} больше допустимого: ожидалось не больше ${COUNT_MAX_TEXT}; проверьте, нет ли лишних цифр`,
	})
	.transform(Number);

export const TextCell = z.string().trim().min(1, { error: 'ожидался непустой текст' });

/**
 * How a CSV column may be titled in a staff spreadsheet and how its raw text is normalised
 * before validation. The canonical header is the schema key; aliases are compared case-insensitively.
 */
export interface ColumnSpec {
	aliases: readonly string[];
	kind: 'text' | 'id-or-link' | 'date' | 'timestamp' | 'count' | 'enum';
	/** Russian spellings of enum values, mapped to the canonical value. */
	values?: Readonly<Record<string, string>>;
}

/** Publication formats the acts list (Altai п. 7, Ivanteevka п. 6, Khasyn разд. II п. 3). */
export const FORMATS = ['text', 'photo', 'video', 'infographic', 'card', 'animation', 'live', 'poll', 'contest'] as const;
export const FormatSchema = z.enum(FORMATS);
export type Format = (typeof FORMATS)[number];
export type PostsByFormatKey = `posts_${Format}`;

/** Builds the per-format `posts_<format>` columns (one value per format). */
export function perFormat<T>(make: (format: Format) => T): Record<PostsByFormatKey, T> {
	return Object.fromEntries(FORMATS.map((f) => [`posts_${f}`, make(f)])) as Record<PostsByFormatKey, T>;
}

export const FORMAT_RU: Readonly<Record<string, (typeof FORMATS)[number]>> = {
	текст: 'text',
	фото: 'photo',
	фотография: 'photo',
	видео: 'video',
	инфографика: 'infographic',
	карточка: 'card',
	карточки: 'card',
	анимация: 'animation',
	'прямой эфир': 'live',
	трансляция: 'live',
	опрос: 'poll',
	конкурс: 'contest',
};
