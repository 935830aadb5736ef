/**
 * The build's environment: every PORTAL_* variable the portal reads, named and typed here and read
 * nowhere else (tests/meta/build-env.test.ts holds every other module to that). `npm run build`
 * (src/cli/build.ts) sets most of them for the processes it starts; an operator sets the editor's
 * backend and the signing key. Read once and kept: pages ask for it many times each, and reading
 * the process's environment is not free (4.8 s of an 88 s Astro step at 20,000 accounts). A process
 * that sets one for the modules it then runs (the build's «signed» flag, the hand-off the site
 * integration writes) does so through setBuildEnv, which drops the kept copy.
 */

/** Every variable, by its name in BuildEnv. */
export const VARIABLES = {
	/** The data folder the site is built from (default `data`). */
	data: 'PORTAL_DATA',
	/** The folder of the check's hand-off the site reads (src/handoff/). */
	handoff: 'PORTAL_HANDOFF',
	/** `k/n`: this Astro process renders every n-th path of every dynamic route, from the k-th (src/lib/shard.ts). */
	shard: 'PORTAL_SHARD',
	/** The data folder whose Git repository holds the record history (src/queries/history.ts). */
	history: 'PORTAL_HISTORY',
	/** The data repository's web address, for merge request links. */
	repository: 'PORTAL_REPOSITORY',
	/** `1`: this build signs its manifest, and the pages say so (src/queries/signing.ts). */
	signed: 'PORTAL_SIGNED',
	/** `1`: the open-data files are written by a process of their own, not by Astro (src/lib/shard.ts). */
	opendataElsewhere: 'PORTAL_OPENDATA_ELSEWHERE',
	/** Path of the administration's private key file (docs/signing.md); never its contents. */
	signingKey: 'PORTAL_SIGNING_KEY',
	/** Tests only: the step of a publication to pause at (src/cli/publish-site.ts). */
	publishPause: 'PORTAL_TEST_PUBLISH_PAUSE',
	/** The form editor's backend (docs/editor.md): gitlab | gitea | forgejo | test-repo. */
	cmsBackend: 'PORTAL_CMS_BACKEND',
	cmsRepo: 'PORTAL_CMS_REPO',
	cmsBaseUrl: 'PORTAL_CMS_BASE_URL',
	cmsApiRoot: 'PORTAL_CMS_API_ROOT',
	cmsAppId: 'PORTAL_CMS_APP_ID',
	cmsBranch: 'PORTAL_CMS_BRANCH',
} as const;

export type Variable = keyof typeof VARIABLES;

export interface BuildEnv {
	data: string;
	handoff: string | undefined;
	shard: string | undefined;
	history: string | undefined;
	repository: string | undefined;
	signed: boolean;
	opendataElsewhere: boolean;
	signingKey: string | undefined;
	publishPause: string | undefined;
	/** The editor's backend settings as given (src/editor/decap.ts checks them). */
	cms: CmsEnv;
}

export interface CmsEnv {
	backend: string | undefined;
	repo: string | undefined;
	baseUrl: string | undefined;
	apiRoot: string | undefined;
	appId: string | undefined;
	branch: string | undefined;
}

const text = (value: string | undefined) => (value === '' ? undefined : value);

/** The environment `env` (the process's by default) as the portal reads it. */
export function readBuildEnv(env: Record<string, string | undefined> = process.env): BuildEnv {
	const get = (name: Variable) => text(env[VARIABLES[name]]);
	return {
		data: get('data') ?? 'data',
		handoff: get('handoff'),
		shard: get('shard'),
		history: get('history'),
		repository: get('repository'),
		signed: get('signed') === '1',
		opendataElsewhere: get('opendataElsewhere') === '1',
		signingKey: get('signingKey'),
		publishPause: get('publishPause'),
		cms: {
			backend: env[VARIABLES.cmsBackend],
			repo: env[VARIABLES.cmsRepo],
			baseUrl: env[VARIABLES.cmsBaseUrl],
			apiRoot: env[VARIABLES.cmsApiRoot],
			appId: env[VARIABLES.cmsAppId],
			branch: env[VARIABLES.cmsBranch],
		},
	};
}

let kept: BuildEnv | undefined;

/** This process's build environment, as it was first read or last set by setBuildEnv. */
export const buildEnv = (): BuildEnv => (kept ??= readBuildEnv());

/** The variables of `values`, for a child process's environment: `true` is `1`; `undefined` and `false` are left out. */
export function envOf(values: Partial<Record<Variable, string | boolean | undefined>>): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [name, value] of Object.entries(values) as [Variable, string | boolean | undefined][]) {
		if (value === undefined || value === false) continue;
		env[VARIABLES[name]] = value === true ? '1' : value;
	}
	return env;
}

/** Sets (or, with `undefined` or `false`, removes) variables of this process, for the modules it runs next and the processes it starts. */
export function setBuildEnv(values: Partial<Record<Variable, string | boolean | undefined>>): void {
	kept = undefined;
	for (const [name, value] of Object.entries(values) as [Variable, string | boolean | undefined][]) {
		if (value === undefined || value === false) delete process.env[VARIABLES[name]];
		else process.env[VARIABLES[name]] = value === true ? '1' : value;
	}
}
