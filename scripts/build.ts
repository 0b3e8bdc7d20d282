/**
 * `npm run build`: `astro build` (arguments are passed on, e.g. `--outDir`), then, in a process
 * of its own once Astro has exited and returned its memory, the search index and the offline files
 * (scripts/lib/finish-build.ts; src/integrations/finish-site.ts explains why). Exits non-zero if
 * either part fails.
 *
 * Where it can, this script replaces itself with a shell that runs the two in turn
 * (`process.execve`), so no Node.js process of its own (about 60 MB) waits beside Astro while
 * Astro's memory peaks. Elsewhere (Windows) it waits for each as a child process.
 *
 * Astro runs with bounded memory (scripts/lib/build-heap.ts): left alone, V8 grows its heap far
 * beyond what the build keeps alive, and glibc keeps freed memory per thread.
 * OPENMODELS_BUILD_HEAP_MB sets another old-space size. V8's flags hold for every isolate of the
 * process, so the bounds apply to each prerender worker as well.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deferVariable } from '../src/integrations/finish-job.ts';
import { buildEnvironment, buildHeapMb, buildNodeOptions } from './lib/build-heap.ts';

const root = join(import.meta.dirname, '..');
const jobFile = join(root, 'node_modules', '.cache', 'openmodels', `finish-job-${process.pid}.json`);
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const finish = join(import.meta.dirname, 'lib', 'finish-build.ts');

// Cards only: files starting with an underscore (the template) are not content.
const modelCards = readdirSync(join(root, 'content', 'models')).filter((name) => name.endsWith('.md') && !name.startsWith('_')).length;
const heapMb = buildHeapMb(modelCards, process.env.OPENMODELS_BUILD_HEAP_MB);
const astroCommand = [process.execPath, ...buildNodeOptions(heapMb), astro, 'build', ...process.argv.slice(2)];
const env = buildEnvironment({ ...process.env, [deferVariable]: jobFile });

if (process.execve && process.platform !== 'win32' && existsSync('/bin/sh')) {
	// The shell runs Astro ("$@"), then the finishing step with Astro's exit status; the rest of
	// that step's arguments come through the environment, so nothing is quoted into the script.
	const script = `"$@"; exec "$OPENMODELS_NODE" "$OPENMODELS_FINISH" "$?" "$${deferVariable}" "$OPENMODELS_HEAP_MB"`;
	process.chdir(root);
	process.execve!('/bin/sh', ['sh', '-c', script, 'openmodels-build', ...astroCommand], {
		...env,
		OPENMODELS_NODE: process.execPath,
		OPENMODELS_FINISH: finish,
		OPENMODELS_HEAP_MB: String(heapMb),
	});
}
const built = spawnSync(astroCommand[0]!, astroCommand.slice(1), { cwd: root, stdio: 'inherit', env });
const status = built.status ?? (built.signal === 'SIGABRT' ? 134 : 1);
const finished = spawnSync(process.execPath, [finish, String(status), jobFile, String(heapMb)], { cwd: root, stdio: 'inherit', env });
process.exit(finished.status ?? 1);
