// Serves a built renderer folder over http on 127.0.0.1. Plain Chromium will not run module scripts from
// file://, so the Playwright tests and the benchmark load the built pages from here.
// Usage: node scripts/serve-static.mjs [root=out/renderer] [port=4173]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export function serveStatic(rootDir, port, host = '127.0.0.1') {
  const root = resolve(rootDir);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'out/renderer', port = '4173'] = process.argv.slice(2);
  await serveStatic(root, Number(port));
  console.log(`serving ${root} on http://127.0.0.1:${port}`);
}
