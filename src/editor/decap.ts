/**
 * Decap CMS configuration for the form editor at /admin/ (docs/editor.md), generated from the entity schemas
 * (src/editor/fields.ts reads the same JSON Schema the YAML editors get), so a field is defined once,
 * in Zod. Two collections:
 *
 * - `orgs`: folder `data/orgs`, `path: {{slug}}/org` — each organisation is `data/orgs/<id>/org.yaml`.
 *   A path of two segments makes Decap list files two levels down, i.e. the org.yaml files only.
 * - `accounts`: folder `data/orgs`, `path: {{org}}/accounts/{{slug}}` — `data/orgs/<org>/accounts/<id>.yaml`,
 *   so a new page lands in its organisation's folder and moving it to another organisation moves the
 *   file. Three levels down also reaches org.yaml, and Decap's `filter` can only compare a field with
 *   a value, so the collection's format (src/editor/format.ts) marks parsed account files with
 *   `_account: true` and the collection filters on it; the mark is never written back.
 *
 * Both save through that format: YAML in the demo generator's canonical style with the
 * `# yaml-language-server` first line, and without the empty strings and empty groups a form leaves
 * behind (an emptied optional field must disappear, not become `""`, which the schema rejects).
 *
 * Where the form cannot say what the schema says, `npm run check` in the merge request still does:
 * refinements (INN check digits, https links, closed ⇒ closed.date), and fields inside an optional
 * group are optional in the form (Decap validates a group's fields even when the group is left
 * empty), with the schema's requirement stated in the hint.
 */
import { ENTITY_DEPTH, schemaCommentLine, type Entity } from '../schemas/json-schema.ts';
import { entityFields, type Field } from './fields.ts';
import editorStrings from '../i18n/ru/editor.json' with { type: 'json' };
import { enumLabels, fieldText, fieldTextOrNull } from './labels.ts';
import { WIDGETS } from './widget-names.ts';
import { VARIABLES, type CmsEnv } from '../lib/build-env.ts';

export type BackendName = 'gitlab' | 'gitea' | 'forgejo' | 'test-repo';
export const BACKENDS: readonly BackendName[] = ['gitlab', 'gitea', 'forgejo', 'test-repo'];

export interface Backend {
	name: BackendName;
	repo?: string;
	branch?: string;
	base_url?: string;
	api_root?: string;
	auth_type?: 'pkce';
	app_id?: string;
	commit_messages?: Record<'create' | 'update' | 'delete' | 'uploadMedia' | 'deleteMedia', string>;
}

/** A Decap field (the subset of options this generator uses). */
export interface DecapField {
	name: string;
	label: string;
	widget: string;
	required?: boolean;
	hint?: string;
	pattern?: [string, string];
	options?: { label: string; value: string }[];
	multiple?: boolean;
	fields?: DecapField[];
	field?: DecapField;
	collapsed?: boolean;
	value_type?: 'int' | 'float';
	min?: number;
	max?: number;
	collection?: string;
	search_fields?: string[];
	value_field?: string;
	display_fields?: string[];
	options_length?: number;
	/** A list item's collapsed text (Decap's template). */
	summary?: string;
	/** A list's word in three plural forms, for its heading (list-heading.ts). */
	count_forms?: string;
	/** A list's add button: «Добавить <label_singular>» (Decap lowercases it). */
	label_singular?: string;
	/** The portal link widget's option: the record's main link or one of its other address forms. */
	link_role?: 'main' | 'alias';
	default?: unknown;
}

export interface DecapCollection {
	name: string;
	label: string;
	label_singular: string;
	description: string;
	folder: string;
	path: string;
	slug: string;
	identifier_field: string;
	extension: 'yaml';
	format: string;
	media_folder: string;
	create: boolean;
	delete: boolean;
	summary: string;
	sortable_fields: string[];
	filter?: { field: string; value: unknown };
	view_filters?: { label: string; field: string; pattern: string }[];
	view_groups?: { label: string; field: string }[];
	fields: DecapField[];
}

export interface DecapConfig {
	backend: Backend;
	publish_mode?: 'editorial_workflow';
	locale: 'ru';
	site_url?: string;
	display_url?: string;
	media_folder: string;
	load_config_file: false;
	editor: { preview: false };
	slug: { encoding: 'ascii'; clean_accents: true };
	collections: DecapCollection[];
}

/** Custom formats registered by the admin page before Decap starts (src/editor/format.ts). */
export const FORMATS = { organisation: 'portal-organisation', account: 'portal-account' } as const;
export type EditorEntity = keyof typeof FORMATS;

/** What the admin script needs besides Decap's own config: the first line of each entity's files. */
export interface AdminSettings {
	cms: DecapConfig;
	/** Format name → entity, first line of its files and the schema's key order. */
	formats: Record<string, { entity: EditorEntity; firstLine: string; keys: string[] }>;
	/** Corrections to Decap's own Russian phrases, merged over them (nested as Decap keeps them). */
	phrases: Record<string, unknown>;
}

const PHRASE_PREFIX = 'editor.decap.';

/** `editor.decap.a.b.c` entries of the editor's dictionary as Decap's nested phrases `{a: {b: {c}}}`. */
export function decapPhrases(): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(editorStrings)) {
		if (!key.startsWith(PHRASE_PREFIX)) continue;
		const path = key.slice(PHRASE_PREFIX.length).split('.');
		let node = out;
		for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
		node[path.at(-1)!] = value;
	}
	return out;
}

/**
 * Fields that name an organisation are relation widgets (pick from the list instead of typing an
 * id). This is the one thing the schemas cannot say: an id field's target.
 */
const RELATIONS: Record<string, string> = { 'account.org': 'orgs', 'organisation.parent': 'orgs' };

/** How many matches the organisation pick list offers (scrolled; Decap's default is 20). */
const RELATION_OPTIONS = 200;

export { WIDGETS };

/**
 * Fields whose value is a page of a network: checked by the link widget before saving. The
 * aliases are other address forms of the same page (a numeric id, a short name), each of which must
 * not be someone else's registered page either: the lookup finds a page under any of its forms.
 */
const LINKS: Record<string, 'main' | 'alias'> = { 'account.url': 'main', 'account.aliases[]': 'alias' };

/**
 * Fields set from the link when an entry is saved (link-verdict.ts followLink): optional in the
 * form, since whatever is chosen there is replaced by the network the link leads to.
 */
const FROM_LINK = new Set(['account.network']);

const TYPE_HINTS: Partial<Record<NonNullable<Field['shape']>, string>> = {
	date: 'fields.type.date',
	id: 'fields.type.id',
	phone: 'fields.type.phone',
	email: 'fields.type.email',
};

function label(field: Field): string {
	// The description's first clause is the label; the whole description is the hint.
	const first = field.description.split(/[;:(]| — |, (?:например|если|как) /)[0]!.trim();
	return first.length > 0 && first.length <= 60 ? first : field.name;
}

const ENUM_CODE_NOTE = / — /;

/**
 * The schema's description as the form shows it. The descriptions are written for people who edit
 * the files (the field reference, the YAML editors' hover text), so some explain codes («planned —
 * планируется»), YAML values (`null`, `true`) or file paths. In the form the pick list already
 * shows the words, and the clerk never types a code: such a description is replaced by the
 * form's own (`editor.describe.<entity>.<path>`), or left out for a pick list whose options say it.
 */
function formDescription(entity: Entity, field: Field): string {
	const own = fieldTextOrNull(`editor.describe.${entity}.${field.path}`);
	if (own !== null) return own;
	const values = field.values ?? field.item?.values;
	if (values && ENUM_CODE_NOTE.test(field.description) && values.some((value) => field.description.includes(value))) return '';
	return field.description;
}

function hint(entity: Entity, field: Field, requiredInSchema: boolean, formRequired: boolean): string {
	const description = formDescription(entity, field);
	const parts = description === '' ? [] : [/[.!?]$/.test(description) ? description : `${description}.`];
	const typeKey = field.shape ? TYPE_HINTS[field.shape] : undefined;
	if (field.shape === 'date') parts.push(fieldText('editor.hint.date'));
	else if (typeKey) parts.push(fieldText('editor.hint.format', { format: fieldText(typeKey) }));
	if (requiredInSchema && !formRequired) parts.push(fieldText('editor.hint.requiredInGroup'));
	if (field.nullable) parts.push(fieldText('editor.hint.nullable'));
	parts.push(keySentence(field));
	return parts.filter((part) => part !== '').join(' ');
}

/**
 * The field's name in the file, as the check's messages name it (`поле «closed.date»`), so a clerk
 * who reads a message from the merge request finds the field in the form. One input of a list has
 * none of its own: the list's hint names it.
 */
function keySentence(field: Field): string {
	return field.name === '' || field.name === 'item' ? '' : fieldText('editor.hint.key', { name: field.path });
}

/** A pick list's options: the words the public site uses for the values (common.json), never the codes. */
function options(field: Field): { label: string; value: string }[] {
	const labels = enumLabels(field.values ?? []);
	return (field.values ?? []).map((value) => ({ value, label: labels.get(value) ?? value }));
}

/**
 * One schema field as a Decap field. `parentRequired` is false inside an optional group: Decap
 * validates the fields of a group even when the group is left empty, so they cannot be required.
 */
export function decapField(entity: Entity, field: Field, parentRequired = true): DecapField {
	const fromLink = FROM_LINK.has(`${entity}.${field.path}`);
	const formRequired = field.required && parentRequired && !fromLink;
	const base = { name: field.name, label: label(field), required: formRequired } as DecapField;
	base.hint = fromLink
		? `${fieldText('editor.hint.fromLink')} ${hint(entity, field, false, false)}`
		: hint(entity, field, field.required, formRequired);
	const relation = RELATIONS[`${entity}.${field.path}`];
	if (relation) {
		// Picked from the list, never typed: no id format to explain, only how to find the organisation.
		const parts = [fieldText('editor.hint.relation')];
		if (field.nullable) parts.push(fieldText('editor.hint.nullable'));
		parts.push(keySentence(field));
		return {
			...base,
			hint: parts.filter((part) => part !== '').join(' '),
			widget: 'relation',
			collection: relation,
			// The short name is what a clerk knows and types; the full name and the id find it too.
			search_fields: ['shortName', 'name', 'id'],
			value_field: 'id',
			// The name is what the clerk reads; the id after it, for telling namesakes apart.
			display_fields: ['{{shortName}} ({{id}})'],
			// Decap offers the first 20 matches by default: a national registry has more organisations
			// whose names share a word («Администрация …»), and the one wanted must be reachable.
			options_length: RELATION_OPTIONS,
		};
	}
	const link = LINKS[`${entity}.${field.path}`];
	if (link) return { ...base, widget: WIDGETS.link, link_role: link };
	switch (field.kind) {
		case 'string': {
			// The date widget refuses what is not a date itself, in the clerk's format: the schema's
			// ISO pattern would refuse «01.10.2026» with a message about ГГГГ-ММ-ДД.
			if (field.shape === 'date') return { ...base, widget: WIDGETS.date };
			const out: DecapField = { ...base, widget: 'string' };
			const shape = field.shape ? TYPE_HINTS[field.shape] : undefined;
			if (field.pattern)
				out.pattern = [
					field.pattern,
					shape
						? fieldText('editor.pattern.shape', { format: fieldText(shape) })
						: fieldText('editor.pattern.other', { pattern: field.pattern }),
				];
			return out;
		}
		case 'number':
		case 'integer': {
			const out: DecapField = { ...base, widget: 'number', value_type: field.kind === 'integer' ? 'int' : 'float' };
			const min =
				field.minimum ?? (field.exclusiveMinimum === undefined ? undefined : field.exclusiveMinimum + (field.kind === 'integer' ? 1 : 0));
			if (min !== undefined) out.min = min;
			if (field.maximum !== undefined) out.max = field.maximum;
			return out;
		}
		case 'boolean':
			return { ...base, widget: 'boolean', required: false };
		case 'enum':
			return { ...base, widget: 'select', options: options(field) };
		case 'object':
			return {
				...base,
				widget: 'object',
				collapsed: !formRequired,
				fields: field.fields!.map((child) => decapField(entity, child, formRequired)),
			};
		case 'list': {
			const item = field.item!;
			if (item.kind === 'enum') return { ...base, widget: 'select', multiple: true, options: options(item) };
			// The list's count in Russian plural forms (list-heading.ts) and its add button's word.
			const words = listWords(entity, field);
			if (item.kind === 'object')
				return {
					...base,
					...words,
					widget: 'list',
					collapsed: true,
					fields: item.fields!.map((child) => decapField(entity, child, true)),
				};
			// A list of scalars: one labelled input per item, not Decap's comma-separated line.
			const single = decapField(entity, { ...item, name: 'item', description: '' }, true);
			// Collapsed, an item shows its value (the address, the phone), not the list's label again.
			return { ...base, ...words, widget: 'list', summary: '{{item}}', field: { ...single, label: base.label, required: true } };
		}
		default:
			throw new Error(`${entity}.${field.path}: поле вида «${field.kind}» нельзя показать в форме редактора`);
	}
}

/**
 * A list's words: `count_forms` («форма адреса|формы адреса|форм адреса») for its heading and
 * `label_singular` for its add button («Добавить форму адреса»), from editor.json
 * (`editor.list.<entity>.<path>.count` and `.add`).
 */
function listWords(entity: Entity, field: Field): Pick<DecapField, 'count_forms' | 'label_singular'> {
	const words: Pick<DecapField, 'count_forms' | 'label_singular'> = {};
	const count = fieldTextOrNull(`editor.list.${entity}.${field.path}.count`);
	const add = fieldTextOrNull(`editor.list.${entity}.${field.path}.add`);
	if (count !== null) words.count_forms = count;
	if (add !== null) words.label_singular = add;
	return words;
}

export function decapFields(entity: Entity): DecapField[] {
	return entityFields(entity).map((field) => decapField(entity, field));
}

/**
 * Commit messages of the form's saves, which the editorial workflow also uses as merge request
 * titles: the coordinator reviewing them and the record history read Russian, not Decap's
 * «Create Страница “…”». Decap fills {{collection}}, {{slug}} and {{path}}.
 */
const COMMIT_MESSAGES = {
	create: fieldText('editor.commit.create'),
	update: fieldText('editor.commit.update'),
	delete: fieldText('editor.commit.delete'),
	uploadMedia: fieldText('editor.commit.uploadMedia'),
	deleteMedia: fieldText('editor.commit.deleteMedia'),
};

/**
 * The backend from the build's environment (src/lib/build-env.ts; documented in docs/editor.md, «Backends and security policy»):
 * PORTAL_CMS_BACKEND = gitlab | gitea | forgejo | test-repo, PORTAL_CMS_REPO (group/project),
 * PORTAL_CMS_BASE_URL (https://git.example.ru), PORTAL_CMS_API_ROOT (default: the host's API),
 * PORTAL_CMS_APP_ID (OAuth application id, PKCE: no secret), PORTAL_CMS_BRANCH (default main).
 * Without PORTAL_CMS_BACKEND a demo site gets `test-repo` (a sandbox: nothing is saved) and a real
 * one none: the admin page then explains how to connect it instead of showing a broken login.
 */
export function backendFromEnv(env: CmsEnv, demo: boolean): Backend | null {
	const name = env.backend?.trim() || (demo ? 'test-repo' : '');
	if (name === '') return null;
	if (!(BACKENDS as readonly string[]).includes(name)) {
		throw new Error(`${VARIABLES.cmsBackend}=${name}: ожидалось одно из ${BACKENDS.join(', ')}`);
	}
	if (name === 'test-repo') return { name: 'test-repo' };
	const required = ['cmsRepo', 'cmsBaseUrl', 'cmsAppId'] as const;
	const given = { cmsRepo: env.repo, cmsBaseUrl: env.baseUrl, cmsAppId: env.appId };
	const missing = required.filter((key) => !given[key]?.trim()).map((key) => VARIABLES[key]);
	if (missing.length > 0) throw new Error(`${VARIABLES.cmsBackend}=${name}: не заданы ${missing.join(', ')}`);
	// eslint-disable-next-line regexp/no-super-linear-move -- an environment variable set by the operator: bounded.
	const baseUrl = env.baseUrl!.trim().replace(/\/+$/, '');
	if (!/^https:\/\/[^/]+/.test(baseUrl)) throw new Error(`${VARIABLES.cmsBaseUrl}=${baseUrl}: ожидался адрес https://…`);
	// eslint-disable-next-line regexp/no-super-linear-move -- an environment variable set by the operator: bounded.
	const apiRoot = env.apiRoot?.trim().replace(/\/+$/, '') || `${baseUrl}/api/${name === 'gitlab' ? 'v4' : 'v1'}`;
	return {
		name: name as BackendName,
		repo: env.repo!.trim(),
		branch: env.branch?.trim() || 'main',
		base_url: baseUrl,
		api_root: apiRoot,
		auth_type: 'pkce',
		app_id: env.appId!.trim(),
		commit_messages: COMMIT_MESSAGES,
	};
}

/** Origins the admin page talks to besides itself (its CSP's connect-src and img-src). */
export function backendOrigins(backend: Backend): string[] {
	return [...new Set([backend.base_url, backend.api_root].flatMap((url) => (url ? [new URL(url).origin] : [])))];
}

/**
 * Media are not part of the registry; the folder is `_`-prefixed so the checker ignores it. Set on
 * each collection too, as an absolute path: without it Decap takes every entry's own folder as its
 * media folder and lists the YAML files there as images when an entry opens.
 */
const MEDIA_FOLDER = '/data/_media';

const keysOf = (entity: EditorEntity) => entityFields(entity).map((field) => field.name);

export function decapConfig(backend: Backend, siteUrl?: string): DecapConfig {
	const config: DecapConfig = {
		backend,
		locale: 'ru',
		media_folder: MEDIA_FOLDER.slice(1),
		load_config_file: false,
		editor: { preview: false },
		slug: { encoding: 'ascii', clean_accents: true },
		collections: [
			{
				name: 'orgs',
				label: fieldText('editor.orgs.label'),
				label_singular: fieldText('editor.orgs.singular'),
				description: fieldText('editor.orgs.description'),
				folder: 'data/orgs',
				path: '{{slug}}/org',
				slug: '{{id}}',
				identifier_field: 'id',
				extension: 'yaml',
				media_folder: MEDIA_FOLDER,
				format: FORMATS.organisation,
				create: true,
				delete: false,
				summary: '{{shortName}} ({{id}})',
				sortable_fields: ['id', 'shortName', 'kind'],
				view_groups: [{ label: fieldText('editor.orgs.byKind'), field: 'kind' }],
				fields: decapFields('organisation'),
			},
			{
				name: 'accounts',
				label: fieldText('editor.accounts.label'),
				label_singular: fieldText('editor.accounts.singular'),
				description: fieldText('editor.accounts.description'),
				folder: 'data/orgs',
				path: '{{org}}/accounts/{{slug}}',
				slug: '{{id}}',
				identifier_field: 'id',
				extension: 'yaml',
				media_folder: MEDIA_FOLDER,
				format: FORMATS.account,
				create: true,
				delete: false,
				// The list line shows what a clerk recognises: the page's name and its address (which names the
				// network). Decap's summary cannot map codes to words, so network and organisation ids stay out.
				summary: '{{name}} — {{url}}',
				sortable_fields: ['id', 'name', 'org', 'network', 'status'],
				filter: { field: '_account', value: true },
				view_filters: [
					{ label: fieldText('editor.accounts.planned'), field: 'status', pattern: '^planned$' },
					{ label: fieldText('editor.accounts.active'), field: 'status', pattern: '^active$' },
					{ label: fieldText('editor.accounts.closed'), field: 'status', pattern: '^closed$' },
				],
				view_groups: [
					{ label: fieldText('editor.accounts.byOrg'), field: 'org' },
					{ label: fieldText('editor.accounts.byNetwork'), field: 'network' },
				],
				fields: decapFields('account'),
			},
		],
	};
	// Gitea's backend has no editorial workflow (Decap refuses it); there the backend's branch should
	// be a separate one, merged by a pull request, so CI still checks every change before it lands.
	if (backend.name !== 'gitea') config.publish_mode = 'editorial_workflow';
	if (siteUrl) {
		config.site_url = siteUrl;
		config.display_url = siteUrl;
	}
	return config;
}

export function adminSettings(backend: Backend, siteUrl?: string): AdminSettings {
	const formats: AdminSettings['formats'] = {};
	for (const entity of Object.keys(FORMATS) as EditorEntity[]) {
		formats[FORMATS[entity]] = { entity, firstLine: schemaCommentLine(entity, ENTITY_DEPTH[entity]), keys: keysOf(entity) };
	}
	return { cms: decapConfig(backend, siteUrl), formats, phrases: decapPhrases() };
}
