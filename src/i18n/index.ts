/** UI strings live in one dictionary (style-models §23); components call t(key). */
import ru from './ru.json' with { type: 'json' };

export type MessageKey = keyof typeof ru;

export function t(key: MessageKey): string {
	return ru[key];
}
