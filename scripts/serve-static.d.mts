import type { Server } from 'node:http';

export function serveStatic(rootDir: string, port: number, host?: string): Promise<Server>;
