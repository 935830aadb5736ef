/**
 * Files stand where the layout says and are named by the id they hold: links, merge requests and
 * the site's addresses are built from file names. Checked while the tree is read (src/loaders).
 */
import { defineRule } from '../engine/rule.ts';

export default defineRule({
	meta: {
		id: 'file-layout',
		title: 'Файлы на своих местах',
		description: 'Имя файла совпадает с идентификатором внутри него, файлы лежат в ожидаемых папках.',
		enforces: { kind: 'data' },
		defaultLevel: 'required',
		messages: {
			idMismatch:
				'Поле «{{field}}» равно «{{actual}}», а по расположению файла ожидалось «{{expected}}»: переименуйте файл или исправьте поле.',
			duplicateId: 'Идентификатор «{{id}}» уже занят: {{other}}.',
			notRegularFile: 'Здесь {{what}}, а ожидался {{expected}}: {{todo}}.',
			unexpected: 'Файл в неожиданном месте: {{hint}}.',
			noSite: 'Нет файла site.yaml с описанием портала.',
			presetShadowed: 'Акт «{{id}}» уже встроен в портал: дайте своему акту другой идентификатор.',
		},
	},
});
