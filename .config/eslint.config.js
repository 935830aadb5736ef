// Lint of the sources. Two concerns so far: regular expressions must stay linear in the text they
// scan (a clerk's file may hold one very long line), and the layers of docs/architecture.md hold —
// a layer imports only the layers below it. Run with `npm run lint` (part of `npm test`).
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

const SITE = ['pages', 'components', 'layouts'];
/**
 * Folders of src/ each layer must not import, from the arrows schemas → lib → loaders → engine/rules →
 * handoff → queries → site and browser scripts; cli on top. Code the site and its scripts share
 * (the link check's page data) lives in lib, so no layer under the site depends on browser code.
 */
const FORBIDDEN = {
	schemas: [
		'lib',
		'policies',
		'loaders',
		'handoff',
		'engine',
		'rules',
		'queries',
		'import',
		'editor',
		'scaffold',
		'scripts',
		'cli',
		'dev',
		...SITE,
	],
	lib: ['loaders', 'handoff', 'engine', 'rules', 'queries', 'import', 'editor', 'scaffold', 'cli', 'dev', 'scripts', ...SITE],
	policies: ['loaders', 'handoff', 'engine', 'rules', 'queries', 'import', 'editor', 'scaffold', 'cli', 'dev', 'scripts', ...SITE],
	loaders: ['handoff', 'engine', 'rules', 'queries', 'import', 'editor', 'scaffold', 'cli', 'dev', 'scripts', ...SITE],
	engine: ['handoff', 'queries', 'import', 'editor', 'scaffold', 'cli', 'dev', 'scripts', ...SITE],
	rules: ['handoff', 'queries', 'import', 'editor', 'scaffold', 'cli', 'dev', 'scripts', ...SITE],
	// The check's hand-off to the site: written through the engine's hooks, read by the queries.
	handoff: ['queries', 'import', 'editor', 'scaffold', 'cli', 'dev', 'scripts', ...SITE],
	queries: ['import', 'editor', 'scaffold', 'cli', 'dev', 'scripts', ...SITE],
	editor: ['cli', 'dev', ...SITE],
	import: ['cli', 'dev', ...SITE],
	scaffold: ['cli', 'dev', ...SITE],
	scripts: ['loaders', 'handoff', 'engine', 'rules', 'queries', 'import', 'editor', 'scaffold', 'cli', 'dev', ...SITE],
};

const layerZones = Object.entries(FORBIDDEN).map(([layer, folders]) => ({
	files: [`src/${layer}/**/*.ts`],
	rules: {
		'no-restricted-imports': [
			'error',
			{
				patterns: [
					{
						// A relative path that climbs out of this layer into a forbidden one.
						regex: `^(?:\\.\\./)+(?:${folders.join('|')})/`,
						message: `src/${layer}/ may not import this layer (docs/architecture.md, «Layers»): move the code down, or pass the data in.`,
					},
				],
			},
		],
	},
}));

/**
 * Lints the frontmatter of .astro files as TypeScript, where their imports are (the project has no
 * Astro parser for ESLint). Lines outside the frontmatter become empty, so positions stay the file's own.
 */
const astroFrontmatter = {
	meta: { name: 'astro-frontmatter' },
	preprocess(text) {
		const lines = text.split('\n');
		const end = lines[0]?.trim() === '---' ? lines.findIndex((line, i) => i > 0 && line.trim() === '---') : -1;
		return [{ text: lines.map((line, i) => (i > 0 && i < end ? line : '')).join('\n'), filename: 'frontmatter.ts' }];
	},
	postprocess: (messages) => messages.flat(),
	supportsAutofix: false,
};

/**
 * Components and layouts take their data through props: the page queries once and passes it down. A component
 * may import the queries' types (the props' shapes), never their functions; pure wording and
 * addresses they share with the queries are in src/lib/ (period-labels.ts, site-paths.ts).
 */
const componentZone = {
	files: ['src/components/**/*.ts', 'src/layouts/**/*.ts'],
	plugins: { '@typescript-eslint': tseslint.plugin },
	rules: {
		'@typescript-eslint/no-restricted-imports': [
			'error',
			{
				patterns: [
					{
						regex: '^(?:\\.\\./)+queries/',
						allowTypeImports: true,
						message:
							'A component may import only types from src/queries/ (docs/components.md): let the page call the query and pass the result as a prop, or move a pure helper to src/lib/.',
					},
				],
			},
		],
	},
};

export default [
	{ files: ['src/**/*.astro'], processor: astroFrontmatter },
	{
		files: ['src/**/*.ts'],
		languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
		plugins: { regexp },
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: {
			'regexp/no-super-linear-backtracking': 'error',
			'regexp/no-super-linear-move': 'error',
		},
	},
	...layerZones,
	componentZone,
];
