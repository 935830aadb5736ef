/**
 * Files must be readable: YAML syntax, UTF-8 text, CSV structure. Reported by the loaders while
 * reading (src/loaders), which is why this rule has no check of its own: it owns the messages.
 */
import { defineRule } from '../engine/rule.ts';

export default defineRule({
	meta: {
		id: 'parse-error',
		title: 'Файл читается',
		description: 'YAML без синтаксических ошибок, текст в UTF-8, CSV с верным числом столбцов и распознаваемыми значениями.',
		enforces: { kind: 'data' },
		defaultLevel: 'required',
		messages: {
			yaml: 'Ошибка в записи YAML: {{reason}}.',
			empty: 'Файл пуст: ожидались поля «имя: значение».',
			encoding:
				'Файл не в кодировке UTF-8: байт {{byte}} здесь не читается как UTF-8; сохраните файл в UTF-8 (в Блокноте: «Сохранить как» → «UTF-8») или наберите этот символ заново.',
			nul: 'В файле нулевой байт (NUL): так выглядит двоичный или повреждённый файл; удалите этот символ и сохраните файл как текст в UTF-8.',
			csv: 'Ошибка в таблице: {{reason}}.',
			limit: '{{what}} больше допустимого: не более {{limit}}{{found}}. Файл не проверен дальше этого места. {{advice}}',
		},
	},
});
