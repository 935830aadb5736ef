/**
 * One page, one registry entry. The same page registered twice (under its screen name in one file
 * and its numeric id in another) would give it two statements and two sets of statistics. Citizens
 * paste either form, so every form is compared canonically, across all files.
 */
import { accountIndex } from '../loaders/account-index.ts';
import { defineRule } from '../engine/rule.ts';
import { pageLink } from '../lib/network-words.ts';

export default defineRule({
	meta: {
		id: 'no-duplicate-accounts',
		title: 'Страница зарегистрирована один раз',
		description:
			'Ни одна страница не внесена в реестр дважды — ни под тем же адресом, ни под другой формой адреса (числовой id и короткое имя).',
		enforces: { kind: 'data' },
		defaultLevel: 'required',
		messages: {
			duplicate:
				'Страница {{link}} уже внесена в реестр: {{other}} (аккаунт «{{otherId}}»). Одна страница — одна запись: удалите этот адрес отсюда (или всю повторную запись) и оставьте его в {{other}}.',
			repeated: 'Адрес {{link}} повторяется в этой записи: удалите повтор, достаточно одного раза.',
		},
	},
	checkDataset(ctx) {
		for (const { form, first, canonical } of accountIndex(ctx.dataset).collisions) {
			const same = form.account === first.account;
			ctx.report({
				file: form.file,
				path: form.path,
				messageId: same ? 'repeated' : 'duplicate',
				data: { canonical, link: pageLink(canonical), other: first.file, otherId: first.account },
			});
		}
	},
});
