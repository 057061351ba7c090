import { describe, expect, it } from 'vitest';
import { PlatformRole } from '../people/person.entity.js';
import type { Viewer } from '../shared/viewer.js';
import type { StoredEvent } from '../live/stream.kinds.js';
import { WorkshopEventType } from '../workshops/workshop-event.type.js';
import { workshopStream } from '../workshops/workshop.events.js';
import { WorkshopStatus } from '../workshops/workshop.entity.js';
import { ContributionKind, type ModerationState } from './contribution.entity.js';
import { eventFor, type ContributionEventData, type ContributionSnapshot } from './contribution.events.js';

const workshopId = '11111111-1111-4111-8111-111111111111';
const person = (role: PlatformRole, coordinates: string[] = [], personId = 'p-other'): Viewer => ({
  kind: 'person',
  personId,
  role,
  displayName: 'X',
  coordinates: new Set(coordinates),
  diagnoses: new Set(),
});
const viewers = {
  anonymous: { kind: 'anonymous' } as Viewer,
  resident: person(PlatformRole.RESIDENT),
  otherCoordinator: person(PlatformRole.COORDINATOR, ['another-workshop']),
  coordinator: person(PlatformRole.COORDINATOR, [workshopId]),
  admin: person(PlatformRole.ADMIN),
  author: { kind: 'guest', guestId: 'g-author', workshopId, displayName: 'Samia' } as Viewer,
};

function snapshot(state: string): ContributionSnapshot {
  return {
    id: '22222222-2222-4222-8222-222222222222',
    workshopId,
    kind: ContributionKind.NEED,
    body: 'SECRET BODY',
    moderationState: state as ModerationState,
    voteCount: 0,
    pinned: false,
    addressedAt: null,
    editedAt: null,
    createdAt: new Date().toISOString(),
    promptId: null,
    parentId: null,
    authorId: null,
    organizationId: null,
    guestId: 'g-author',
    guestName: 'Samia',
    neighbourhoodId: null,
    mergedIntoId: null,
    hiddenReason: 'insulting',
    version: 1,
    authorNameSnapshot: 'Samia',
    themesSnapshot: [],
    workshopStatusSnapshot: WorkshopStatus.LIVE,
  };
}

const stored = (type: WorkshopEventType, state: string, wasPublic: boolean): StoredEvent<ContributionEventData> => ({
  stream: workshopStream(workshopId),
  seq: 7,
  type,
  at: new Date().toISOString(),
  data: { contribution: snapshot(state), wasPublic, reason: 'spam' },
});

/** Who receives the body, who only the id, who nothing. */
function audience(event: StoredEvent<ContributionEventData>) {
  return Object.fromEntries(
    Object.entries(viewers).map(([name, viewer]) => {
      const out = eventFor(viewer, event);
      return [name, out === null ? 'nothing' : out.contribution ? 'content' : 'id'];
    }),
  );
}

describe('what each viewer receives of a live event', () => {
  it('keeps a pending contribution between its author and the workshop’s coordinators', () => {
    expect(audience(stored(WorkshopEventType.CONTRIBUTION_POSTED, 'PENDING', false))).toEqual({
      anonymous: 'nothing',
      resident: 'nothing',
      otherCoordinator: 'nothing',
      coordinator: 'content',
      admin: 'content',
      author: 'content',
    });
  });

  // The author keeps the content of their own hidden contribution: the board tells them it was hidden and why,
  // instead of leaving it "pending" forever.
  it('tells the public only the id of a published contribution that was hidden, and nothing of one never shown', () => {
    expect(audience(stored(WorkshopEventType.CONTRIBUTION_REMOVED, 'HIDDEN', true))).toEqual({
      anonymous: 'id',
      resident: 'id',
      otherCoordinator: 'id',
      coordinator: 'content',
      admin: 'content',
      author: 'content',
    });
    expect(audience(stored(WorkshopEventType.CONTRIBUTION_REMOVED, 'HIDDEN', false)).anonymous).toBe('nothing');
    expect(
      JSON.stringify(eventFor(viewers.anonymous, stored(WorkshopEventType.CONTRIBUTION_REMOVED, 'HIDDEN', true))),
    ).not.toContain('SECRET');
  });

  it('sends reports to coordinators only, with their reason', () => {
    const event = stored(WorkshopEventType.CONTRIBUTION_REPORTED, 'PUBLISHED', false);
    expect(audience(event)).toEqual({
      anonymous: 'nothing',
      resident: 'nothing',
      otherCoordinator: 'nothing',
      coordinator: 'content',
      admin: 'content',
      author: 'nothing',
    });
    expect(eventFor(viewers.coordinator, event)?.reason).toBe('spam');
  });

  it('publishes approved contributions to everyone', () => {
    expect(
      new Set(Object.values(audience(stored(WorkshopEventType.CONTRIBUTION_APPROVED, 'PUBLISHED', false)))),
    ).toEqual(new Set(['content']));
  });

  it('replays an old event without its content once the contribution has been hidden since, except to its author', () => {
    const replayed = { ...stored(WorkshopEventType.CONTRIBUTION_APPROVED, 'PUBLISHED', false), current: 'HIDDEN' };
    expect(audience(replayed)).toEqual({
      anonymous: 'id',
      resident: 'id',
      otherCoordinator: 'id',
      coordinator: 'content',
      admin: 'content',
      author: 'content',
    });
    expect(audience({ ...replayed, current: null }).coordinator).toBe('id');
    expect(audience({ ...replayed, current: 'PUBLISHED' }).anonymous).toBe('content');
  });
});
