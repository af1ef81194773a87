import { createServer, connect, type Server, type Socket } from 'node:net';

export type ProxyMode = 'forwarding' | 'stalling';

/**
 * A TCP proxy in front of one subgraph that a test can take away and bring back: stopped, the
 * subgraph's port refuses connections (as when its process is gone); stalling, it accepts and never
 * answers (as when it is overloaded).
 */
export class SwitchableProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  mode: ProxyMode = 'forwarding';

  constructor(
    readonly port: number,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<void> {
    const server = createServer((client) => {
      this.track(client);
      if (this.mode === 'stalling') return;
      const upstream = this.track(connect(this.targetPort, '127.0.0.1'));
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(this.port, '127.0.0.1', resolve));
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private track(socket: Socket): Socket {
    this.sockets.add(socket);
    socket.on('error', () => socket.destroy()).on('close', () => this.sockets.delete(socket));
    return socket;
  }
}
