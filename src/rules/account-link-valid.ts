/**
 * Every address of an account is a real address of an account in its network. A look-alike host or
 * name in the registry would make the registry itself vouch for an impostor; a misspelt numeric form
 * (the Lyambir act names vk.com/publik177238460) is kept, with a warning and the likely correct id.
 */
import { accountIndex } from '../loaders/account-index.ts';
import { accountUrl } from '../lib/links/index.ts';
import { defineRule } from '../engine/rule.ts';
import { linkReason, networkLabel } from '../lib/network-words.ts';
import { quoteName } from '../lib/ru-format.ts';

export default defineRule({
	meta: {
		id: 'account-link-valid',
		title: 'Ссылка на страницу верна',
		description:
			'Официальная ссылка и другие формы адреса ведут на страницу в заявленной сети, без подмены символов и сокращателей ссылок.',
		enforces: { kind: 'data' },
		defaultLevel: 'required',
		messages: {
			invalid: 'Адрес «{{input}}» не является ссылкой на страницу. {{why}}',
			lookalike:
				'Адрес «{{input}}» похож на адрес сети, но им не является. {{why}} Не вносите его в реестр: откройте настоящую страницу и скопируйте её адрес из строки браузера.',
			wrongNetwork: 'Адрес «{{input}}» ведёт {{actualIn}}, а в записи указана сеть {{networkName}}: исправьте поле network или адрес.',
			post: 'Адрес «{{input}}» ведёт на публикацию, а не на страницу: укажите адрес самой страницы.',
			misspelt:
				'Адрес «{{input}}» похож на опечатку в числовом адресе: вероятно, имелся в виду «{{hint}}». Проверьте и добавьте верную форму в aliases.',
		},
	},
	checkDataset(ctx) {
		const index = accountIndex(ctx.dataset);
		for (const { form, kind, reason, network } of index.unresolved) {
			const account = ctx.dataset.accounts.get(form.account)!.value;
			const data = {
				input: form.input,
				reason: reason ?? 'неизвестно',
				why: linkReason(reason, network ?? account.network),
				network: account.network,
				networkName: quoteName(networkLabel(account.network)),
				actual: network ?? '—',
				actualIn: network === null ? 'на другой сайт' : `в сеть ${quoteName(networkLabel(network))}`,
			};
			if (kind === 'lookalike') ctx.report({ file: form.file, path: form.path, messageId: 'lookalike', data });
			else if (kind === 'post') ctx.report({ file: form.file, path: form.path, messageId: 'post', data });
			else if (kind === 'account') ctx.report({ file: form.file, path: form.path, messageId: 'wrongNetwork', data });
			else ctx.report({ file: form.file, path: form.path, messageId: 'invalid', data });
		}
		for (const { value: account, file } of ctx.dataset.accounts.values()) {
			const forms = [account.url, ...account.aliases];
			forms.forEach((input, i) => {
				const resolution = index.hints.get(input);
				// Once the likely correct form is registered for this account, the hint is answered.
				if (resolution && index.byCanonical.get(resolution)?.account !== account.id)
					ctx.report({
						file,
						path: i === 0 ? ['url'] : ['aliases', i - 1],
						messageId: 'misspelt',
						level: 'recommended',
						data: { input, hint: accountUrl(resolution) ?? resolution },
					});
			});
		}
	},
});
