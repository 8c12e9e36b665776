import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local web server for ingestion tests, on 127.0.0.1: each path answers with a fixed page
 * (status, headers, body) or runs a handler (slow pages, redirects). `requests` lists the
 * paths asked for, in order.
 */
export interface Page {
  status?: number;
  type?: string;
  body?: string | Uint8Array;
  headers?: Record<string, string>;
}

export type Route = Page | ((req: IncomingMessage, res: ServerResponse) => void);

export async function startPageServer(routes: Record<string, Route>) {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? "");
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
      return;
    }
    if (typeof route === "function") return route(req, res);
    res.writeHead(route.status ?? 200, { ...(route.type ? { "content-type": route.type } : {}), ...route.headers }).end(route.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    url: (path: string) => `${base}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
