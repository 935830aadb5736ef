/**
 * Every value has the shape its entity schema (src/schemas) describes. Checked by the loaders with
 * the Zod schemas, the same ones the site's content collections use; this file owns the messages.
 */
import { defineRule } from '../engine/rule.ts';

export default defineRule({
	meta: {
		id: 'schema-valid',
		title: 'Данные соответствуют формату',
		description:
			'Каждое поле заполнено так, как описано в справочнике полей: обязательные поля есть, даты и ссылки в нужном виде, лишних полей нет.',
		enforces: { kind: 'data' },
		defaultLevel: 'required',
		messages: {
			shape: 'Неверные данные: {{detail}}.',
			unknownAccount: 'Аккаунт «{{value}}» не найден в реестре: укажите идентификатор аккаунта или ссылку на зарегистрированную страницу.',
			duplicateRow:
				'Строка повторяет строку {{first}} ({{key}}): в таблице должна быть одна такая строка — оставьте верную, другую удалите.',
			unknownRule: 'Неизвестное правило «{{id}}»: проверьте написание (список правил — в руководстве).',
			badOptions: 'Параметры правила «{{id}}»: {{detail}}.',
		},
	},
});
