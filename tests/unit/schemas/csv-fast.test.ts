/**
 * The compiled fast paths of the CSV row schemas accept exactly what the Zod schemas accept, with
 * the same parsed values (src/schemas/csv-fast.ts). If a schema changes and its fast table does
 * not, this fails.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ContentPlanRowSchema } from '../../../src/schemas/content-plan.ts';
import { CONTENT_PLAN_FAST, INVALID, REPLY_LOG_FAST, WEEKLY_STATS_FAST, type FastRow } from '../../../src/schemas/csv-fast.ts';
import { ReplyLogRowSchema } from '../../../src/schemas/reply-log.ts';
import { WeeklyStatsRowSchema } from '../../../src/schemas/weekly-stats.ts';

/** Values worth trying in any cell: valid and nearly valid forms of every cell kind. */
const EDGES = [
	undefined,
	'',
	' ',
	'0',
	'7',
	'12',
	'007',
	'-1',
	'1.5',
	'12,0',
	'1e3',
	' 12',
	'12 ',
	'99999999999999999999',
	'1000000000',
	'1000000001',
	'0001000000000',
	'9007199254740993',
	'1'.padEnd(22, '0'),
	'9'.repeat(400),
	'1e21',
	'+5',
	'0x10',
	'2026-07-06',
	'2026-07-07',
	'2026-02-29',
	'2028-02-28',
	'2026-13-01',
	'2026-7-6',
	' 2026-07-06',
	'06.07.2026',
	'2026-07-06T10:15+03:00',
	'2026-07-06T10:15:30Z',
	'2026-07-06T25:15+03:00',
	'2026-07-06T10:15',
	'2026-02-30T10:00+03:00',
	'primer-admin-vk',
	'Primer-admin',
	'primer--admin',
	'-primer',
	'primer_admin',
	'a'.repeat(80),
	'a'.repeat(81),
	'vk',
	'ok',
	'VK',
	'x',
	'photo',
	'Фото',
	'live',
	'planned',
	'published',
	'cancelled',
	'Текст',
	'  Тема  ',
	'№ 12',
];

const arbitraryCell = fc.oneof(fc.constantFrom(...EDGES), fc.string({ maxLength: 30 }), fc.stringMatching(/^[0-9a-z:T+.-]{0,26}$/));

const TABLES: [string, z.ZodObject, FastRow<any>][] = [
	['weekly stats', WeeklyStatsRowSchema as unknown as z.ZodObject, WEEKLY_STATS_FAST],
	['content plan', ContentPlanRowSchema as unknown as z.ZodObject, CONTENT_PLAN_FAST],
	['reply log', ReplyLogRowSchema as unknown as z.ZodObject, REPLY_LOG_FAST],
];

describe.each(TABLES)('%s fast path', (_name, schema, compiled) => {
	const shape = schema.shape as Record<string, z.ZodType>;

	it('covers exactly the schema fields', () => {
		expect(Object.keys(compiled.fields).sort()).toEqual(Object.keys(shape).sort());
	});

	it.each(Object.keys(shape))('field %s agrees with its Zod schema', (key) => {
		const check = (cell: string | undefined) => {
			const zod = shape[key]!.safeParse(cell);
			const fast = compiled.fields[key]!(cell);
			expect({ cell, ok: fast !== INVALID }).toEqual({ cell, ok: zod.success });
			if (zod.success) expect(fast).toEqual(zod.data);
		};
		for (const cell of EDGES) check(cell);
		fc.assert(
			fc.property(arbitraryCell, (cell) => check(cell)),
			{ numRuns: 300 },
		);
	});

	it('agrees on whole rows, object-level checks included', () => {
		const keys = Object.keys(shape);
		fc.assert(
			fc.property(
				fc.tuple(...keys.map(() => fc.option(fc.constantFrom(...EDGES.filter((e) => e !== undefined)), { nil: undefined }))),
				(cells) => {
					const row: Record<string, string> = {};
					keys.forEach((key, i) => cells[i] !== undefined && (row[key] = cells[i]!));
					const zod = schema.safeParse(row);
					const fieldsOk = keys.every((key) => compiled.fields[key]!(row[key]) !== INVALID);
					const values = Object.fromEntries(keys.map((key) => [key, compiled.fields[key]!(row[key])]).filter(([, v]) => v !== undefined));
					const fast = fieldsOk && (!compiled.check || compiled.check(values));
					expect(fast).toBe(zod.success);
					if (zod.success) expect(values).toEqual(zod.data);
				},
			),
			{ numRuns: 500 },
		);
	});
});
