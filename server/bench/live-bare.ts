// The bench's baseline (live.bench.ts): a bare `ws` server in its own process, to which every
// subscriber of the run also holds a plain socket. On the parent's word it sends one frame to
// all of them, the frame the real server sent for an event, with its own send time stamped in:
// what delivery costs with no GraphQL, no database and no per-subscriber work at all.
// Not meant to be run by hand.
import { WebSocketServer } from 'ws';
import { now, sendTimeMark, type BareMessage, type BroadcastMessage } from './live-protocol.js';

const send = (message: BareMessage) => process.send!(message);
const server = new WebSocketServer({ host: '127.0.0.1', port: 0, backlog: 4096 });

server.on('listening', () => {
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error(`Unexpected address ${String(address)}`);
  send({ kind: 'listening', port: address.port });
});

process.on('message', (message: BroadcastMessage) => {
  // One buffer for everyone, as a broadcast at its cheapest.
  const frame = Buffer.from(message.frame.replace(sendTimeMark, now().toFixed(3)));
  for (const socket of server.clients) socket.send(frame);
  send({ kind: 'sent', sockets: server.clients.size });
});
process.on('disconnect', () => server.close(() => process.exit(0)));
