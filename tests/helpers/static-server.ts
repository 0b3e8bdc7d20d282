/**
 * A static file server for built sites under a base path, like GitHub Pages: `/home/x/` serves
 * `dist/x/index.html`, unknown paths get `404.html` with status 404.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileOfUrl } from '../../scripts/lib/site-files.ts';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml; charset=utf-8',
	'.ics': 'text/calendar; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
};

export interface RunningServer {
	url: string;
	server: Server;
	close(): Promise<void>;
	/** Serve a different directory from now on (simulates a new deployment). */
	setRoot(dir: string): void;
}

export async function serveStatic(dir: string, base = '/home'): Promise<RunningServer> {
	let root = dir;
	const server = createServer((request, response) => {
		const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
		const file = fileOfUrl(root, pathname, base);
		if (file && existsSync(file) && statSync(file).isDirectory()) {
			response.writeHead(301, { location: `${pathname}/` }).end();
			return;
		}
		if (!file || !existsSync(file)) {
			const notFound = join(root, '404.html');
			response.writeHead(404, { 'content-type': types['.html']! });
			if (existsSync(notFound)) createReadStream(notFound).pipe(response);
			else response.end('Not found');
			return;
		}
		response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base.replace(/\/+$/, '')}/`,
		server,
		setRoot: (next) => {
			root = next;
		},
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
