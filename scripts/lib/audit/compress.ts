/**
 * A gzip-compressing proxy in front of the test static server. GitHub Pages compresses text
 * responses; without this, Lighthouse would measure (and complain about) uncompressed HTML, CSS
 * and JavaScript that readers never download.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';

const compressible = /^(text\/|application\/(javascript|json|xml|manifest\+json|rss\+xml)|image\/svg\+xml)/;

export interface Proxy {
	/** Origin of the proxy, e.g. `http://127.0.0.1:1234`. */
	origin: string;
	server: Server;
	close(): Promise<void>;
}

export async function compressingProxy(targetOrigin: string): Promise<Proxy> {
	const target = new URL(targetOrigin);
	const server = createServer((incoming, outgoing) => {
		const upstream = request(
			{
				host: target.hostname,
				port: target.port,
				method: incoming.method,
				path: incoming.url,
				headers: { ...incoming.headers, host: target.host, 'accept-encoding': 'identity' },
			},
			(response) => {
				const headers = { ...response.headers };
				const type = String(headers['content-type'] ?? '');
				const gzip = compressible.test(type) && /\bgzip\b/.test(String(incoming.headers['accept-encoding'] ?? '')) && incoming.method !== 'HEAD';
				if (!gzip) {
					outgoing.writeHead(response.statusCode ?? 502, headers);
					response.pipe(outgoing);
					return;
				}
				delete headers['content-length'];
				outgoing.writeHead(response.statusCode ?? 502, { ...headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
				response.pipe(createGzip()).pipe(outgoing);
			},
		);
		upstream.on('error', () => outgoing.writeHead(502).end());
		incoming.pipe(upstream);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		server,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
