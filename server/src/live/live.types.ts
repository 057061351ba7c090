import type { WorkshopEventType } from './workshop-event.entity.js';

/** A stored workshop event as it travels and is replayed (`data` is the snapshot of the change). */
export interface StoredEvent {
  workshopId: string;
  seq: number;
  type: WorkshopEventType;
  at: string;
  data: EventData;
  /** On replayed events: the contribution's state now (null when it no longer exists). */
  currentState?: string | null;
}

/** A contribution as it was right after the change, with what subscribers display. */
export interface ContributionSnapshot {
  id: string;
  workshopId: string;
  kind: string;
  body: string;
  moderationState: string;
  voteCount: number;
  pinned: boolean;
  addressedAt: string | null;
  editedAt: string | null;
  createdAt: string;
  promptId: string | null;
  parentId: string | null;
  authorId: string | null;
  organizationId: string | null;
  guestId: string | null;
  guestName: string | null;
  neighbourhoodId: string | null;
  mergedIntoId: string | null;
  hiddenReason: string | null;
  authorNameSnapshot: string;
  themesSnapshot: { id: string; slug: string; name: string; nameEn: string; description: string }[];
}

export interface WorkshopSnapshot {
  status: string;
  moderationMode: string;
  activePromptId: string | null;
  activePromptQuestion: string | null;
  activePromptPosition: number | null;
  joinCode: string | null;
}

export interface EventData {
  contribution?: ContributionSnapshot;
  /** The contribution was public before this change: the public must be told it is gone. */
  wasPublic?: boolean;
  workshop?: WorkshopSnapshot;
  /** Reports only: the reason given (coordinators only). */
  reason?: string;
}
