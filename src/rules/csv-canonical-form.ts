/**
 * CSV files under data/ are kept in one canonical form (UTF-8, «,», English headers, ISO dates):
 * diffs in merge requests then show real changes, not re-encodings. The tolerant reader still
 * accepts what Excel exports, so this is a warning with the command that fixes it.
 */
import { defineRule } from '../engine/rule.ts';

export default defineRule({
	meta: {
		id: 'csv-canonical-form',
		title: 'Таблица в едином формате',
		description:
			'CSV-файлы в data/ хранятся в UTF-8, с разделителем «,», английскими заголовками и датами ГГГГ-ММ-ДД; выгрузки из Excel приводит к нему команда npm run import.',
		enforces: { kind: 'data' },
		defaultLevel: 'recommended',
		messages: {
			form: 'Таблица не в едином формате ({{reasons}}): приведите её командой npm run import -- {{file}}',
		},
	},
	checkText(ctx, { file, csv }) {
		if (!csv || csv.canonical) return;
		ctx.report({
			file,
			line: 1,
			column: 1,
			messageId: 'form',
			data: { reasons: csv.notCanonicalBecause.join(', ') || 'форма записи', file },
		});
	},
});
