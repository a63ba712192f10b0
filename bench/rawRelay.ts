import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';

/**
 * Baseline for the bench: a bare WebSocket relay with no Yjs, no auth and no storage. Every binary
 * message is sent to the other sockets opened on the same URL path. Run as its own process:
 *   HOST=127.0.0.1 PORT=0 node --import tsx bench/rawRelay.ts   → prints `RAW_RELAY_LISTENING <port>`
 */

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? '0');

const rooms = new Map<string, Set<WebSocket>>();
const http = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end('raw relay');
});
const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: 64 * 1024 * 1024 });

http.on('upgrade', (req, socket, head) => {
  wss.handleUpgrade(req, socket, head, (ws) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    let peers = rooms.get(path);
    if (!peers) rooms.set(path, (peers = new Set()));
    const room = peers;
    room.add(ws);
    ws.on('error', () => ws.terminate());
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary) return;
      for (const peer of room) if (peer !== ws && peer.readyState === peer.OPEN) peer.send(data as Buffer, { binary: true });
    });
    ws.on('close', () => {
      room.delete(ws);
      if (room.size === 0 && rooms.get(path) === room) rooms.delete(path);
    });
  });
});

http.listen(port, host, () => {
  const address = http.address();
  console.log(`RAW_RELAY_LISTENING ${typeof address === 'object' && address ? address.port : port}`);
});

const stop = () => {
  for (const ws of wss.clients) ws.terminate();
  http.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 1000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
