// Wiring only: site URL from data/site.yaml, static output, MDX for content pages.
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { buildSteps } from './src/integrations/build-steps.ts';
import { handoff } from './src/integrations/handoff.ts';
import { buildEnv } from './src/lib/build-env.ts';
import { parseShard } from './src/lib/shard.ts';

const env = buildEnv();
const dataDir = env.data;
const baseUrl = /^baseUrl:\s*(\S+)/m.exec(readFileSync(`${dataDir}/site.yaml`, 'utf8'))?.[1];

// A build shared between Astro processes (src/cli/build.ts, src/lib/shard.ts) gives each its own
// content cache: they write it at the same time.
const shard = parseShard(env.shard)?.index;

export default defineConfig({
	site: baseUrl,
	...(shard === undefined ? {} : { cacheDir: `./node_modules/.astro/shard-${shard}` }),
	output: 'static',
	trailingSlash: 'always',
	// No syntax highlighting in MDX: Shiki colours code with inline style attributes, which the
	// Content-Security-Policy (style-src 'self') blocks.
	// handoff(): the site reads the data from the check's hand-off alone; given none (astro build,
	// astro dev), the integration runs the check and writes one (src/integrations/handoff.ts).
	integrations: [handoff(), mdx({ syntaxHighlight: false }), buildSteps()],
	// concurrency: pages render while earlier ones are written; measured 5 % faster at 20,000 accounts.
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	// Never inline scripts: the Content-Security-Policy has no 'unsafe-inline' for scripts. A share of
	// a shared build does not empty its output folder: src/cli/build.ts gives it a new one, with links
	// into the first share's folder (SHARED_FOLDERS in src/lib/shard.ts) that must stay.
	vite: { build: { assetsInlineLimit: 0, ...(shard === undefined ? {} : { emptyOutDir: false }) } },
	// Telemetry is off through ASTRO_TELEMETRY_DISABLED, set by every script that starts Astro.
	devToolbar: { enabled: false },
});
