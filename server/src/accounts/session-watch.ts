import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import type { LiveHub } from '../live/live.hub.js';
import { viewersOfSessions } from './session.service.js';

/** graphql-ws's "Forbidden": its client reconnects, and the new socket gets the rights of now. */
export const accessChangedCloseCode = 4403;
const sweepEveryMs = 2000;
const idsPerQuery = 1000;

export interface WatchedSocket {
  close(code: number, reason: string): void;
}

/** What a socket's rights depend on; any difference means they changed. */
function rightsOf(viewer: Viewer): string {
  if (viewer.kind === 'person') {
    return `person:${viewer.personId}:${viewer.role}:${[...viewer.coordinates].sort().join(',')}:${[...viewer.diagnoses].sort().join(',')}`;
  }
  if (viewer.kind === 'guest') return `guest:${viewer.guestId}:${viewer.workshopId}`;
  return 'anonymous';
}

/**
 * A socket's viewer is read when it opens, and sockets live for hours. Every few seconds — and at
 * once when any node announces a sign-out or a change of role or assignment — this node reads the
 * sessions of its open sockets again (one query per thousand) and closes the sockets whose
 * session was revoked or expired or whose rights changed. Closing rather than patching keeps one
 * rule: a socket's rights are those of its session when it opened.
 */
export class SessionWatch {
  private readonly sockets = new Map<WatchedSocket, { sessionId: string; rights: string }>();
  private readonly timer: NodeJS.Timeout;
  private readonly stopListening: () => void;
  private sweeping: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly knex: Knex,
    live: LiveHub,
  ) {
    this.timer = setInterval(() => void this.sweep(), sweepEveryMs);
    this.timer.unref();
    this.stopListening = live.onAccessChange(() => void this.sweep());
  }

  /** Watches a socket opened with this viewer (anonymous sockets have no rights to lose). */
  watch(socket: WatchedSocket, viewer: Viewer): void {
    if (viewer.kind === 'anonymous' || !viewer.sessionId) return;
    this.sockets.set(socket, { sessionId: viewer.sessionId, rights: rightsOf(viewer) });
  }

  forget(socket: WatchedSocket): void {
    this.sockets.delete(socket);
  }

  /** Checks every watched socket now; a sweep asked for during another runs right after it. */
  sweep(): Promise<void> {
    if (this.sweeping) {
      this.again = true;
      return this.sweeping;
    }
    this.sweeping = this.check()
      .catch((error: unknown) => {
        // Without the database nothing can be checked; sockets keep their rights until it is back.
        console.error(`Open sockets not re-checked: ${(error as Error).message}`);
      })
      .finally(() => {
        this.sweeping = null;
        if (this.again) {
          this.again = false;
          void this.sweep();
        }
      });
    return this.sweeping;
  }

  close(): void {
    clearInterval(this.timer);
    this.stopListening();
    this.sockets.clear();
  }

  private async check(): Promise<void> {
    const asked = new Set([...this.sockets.values()].map((s) => s.sessionId));
    const ids = [...asked];
    const current = new Map<string, Viewer>();
    for (let i = 0; i < ids.length; i += idsPerQuery) {
      for (const [id, viewer] of await viewersOfSessions(this.knex, ids.slice(i, i + idsPerQuery))) {
        current.set(id, viewer);
      }
    }
    for (const [socket, watched] of this.sockets) {
      const viewer = current.get(watched.sessionId);
      // Sockets opened while the query ran are not in `ids`: they are checked next time.
      if (!asked.has(watched.sessionId)) continue;
      if (viewer && rightsOf(viewer) === watched.rights) continue;
      this.sockets.delete(socket);
      socket.close(accessChangedCloseCode, 'Your session or your rights changed: reconnect.');
    }
  }
}
