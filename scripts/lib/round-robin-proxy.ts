import { request, createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/**
 * An HTTP front for several instances of one service, as a Kubernetes Service is for its pods: it
 * sends each request to the next instance whose /health/ready answers 200 (readiness is polled, so
 * an instance that starts shutting down drops out at once), and tries the next instance when one
 * refuses the connection. A request already sent to an instance that then dies answers 502; the
 * client decides whether to retry, as it would behind a real load balancer.
 */
export class RoundRobinProxy {
  private server?: Server;
  private poller?: NodeJS.Timeout;
  private readonly ready = new Set<number>();
  private next = 0;

  constructor(
    readonly port: number,
    private readonly instancePorts: readonly number[],
    private readonly readinessPollMs = 200,
  ) {}

  async start(): Promise<void> {
    await this.pollReadiness();
    this.poller = setInterval(() => void this.pollReadiness(), this.readinessPollMs);
    const server = createServer((incoming, outgoing) => void this.forward(incoming, outgoing));
    server.keepAliveTimeout = 1_000;
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(this.port, '127.0.0.1', resolve));
    this.server = server;
  }

  async stop(): Promise<void> {
    clearInterval(this.poller);
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async pollReadiness(): Promise<void> {
    await Promise.all(
      this.instancePorts.map(async (port) => {
        const ready = await fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(2_000) })
          .then((response) => response.ok)
          .catch(() => false);
        if (ready) this.ready.add(port);
        else this.ready.delete(port);
      }),
    );
  }

  /** Ready instances first, in round-robin order; the others after them, in case readiness is stale. */
  private candidates(): number[] {
    const start = this.next++;
    const rotated = this.instancePorts.map((_, index) => this.instancePorts[(start + index) % this.instancePorts.length]!);
    return [...rotated.filter((port) => this.ready.has(port)), ...rotated.filter((port) => !this.ready.has(port))];
  }

  private async forward(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const body = Buffer.concat(await incoming.toArray());
    for (const port of this.candidates()) {
      const outcome = await this.tryInstance(port, incoming, body, outgoing);
      if (outcome !== 'refused') return;
      this.ready.delete(port);
    }
    outgoing.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' });
    outgoing.end(JSON.stringify({ errors: [{ message: 'no instance is ready', extensions: { code: 'OVERLOADED' } }] }));
  }

  private tryInstance(port: number, incoming: IncomingMessage, body: Buffer, outgoing: ServerResponse): Promise<'answered' | 'refused' | 'broken'> {
    return new Promise((resolve) => {
      const upstream = request(
        { host: '127.0.0.1', port, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, connection: 'close' } },
        (response) => {
          outgoing.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(outgoing);
          response.once('end', () => resolve('answered'));
          response.once('error', () => {
            outgoing.destroy();
            resolve('broken');
          });
        },
      );
      upstream.once('error', (error: NodeJS.ErrnoException) => {
        // Refused: nothing reached the instance, so another may take the request.
        if (error.code === 'ECONNREFUSED') return resolve('refused');
        if (!outgoing.headersSent) {
          outgoing.writeHead(502, { 'content-type': 'application/json' });
          outgoing.end(JSON.stringify({ errors: [{ message: `instance ${port} failed: ${error.code}`, extensions: { code: 'BAD_GATEWAY' } }] }));
        } else outgoing.destroy();
        resolve('broken');
      });
      upstream.end(body);
    });
  }
}
