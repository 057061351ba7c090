import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FindingType } from '../findings/finding.type.js';
import { DiagnosisStatus } from './diagnosis.entity.js';

/** What happens on a diagnosis's stream. */
export enum DiagnosisEventType {
  DIAGNOSIS_STATUS_CHANGED = 'DIAGNOSIS_STATUS_CHANGED',
  FINDING_ADDED = 'FINDING_ADDED',
  FINDING_EDITED = 'FINDING_EDITED',
  FINDING_MOVED = 'FINDING_MOVED',
  FINDING_STATUS_CHANGED = 'FINDING_STATUS_CHANGED',
  FINDING_MERGED = 'FINDING_MERGED',
  EVIDENCE_ATTACHED = 'EVIDENCE_ATTACHED',
  EVIDENCE_DETACHED = 'EVIDENCE_DETACHED',
  FINDING_SUPPORTED = 'FINDING_SUPPORTED',
  COMMENT_POSTED = 'COMMENT_POSTED',
  COMMENT_HIDDEN = 'COMMENT_HIDDEN',
  SUGGESTION_POSTED = 'SUGGESTION_POSTED',
  SUGGESTION_REVIEWED = 'SUGGESTION_REVIEWED',
  FINDING_EDITING = 'FINDING_EDITING',
  PRESENCE = 'PRESENCE',
}

registerEnumType(DiagnosisEventType, {
  name: 'DiagnosisEventType',
  description: 'What happened in a shared diagnosis.',
  valuesConfig: {
    DIAGNOSIS_STATUS_CHANGED: { description: 'Opened for consultation, validated, archived or reopened.' },
    FINDING_ADDED: { description: 'A finding was written or proposed (or promoted from contributions).' },
    FINDING_EDITED: { description: 'Its text changed (an edit, an accepted suggestion, a restored revision).' },
    FINDING_MOVED: { description: 'Its position in the diagnosis changed.' },
    FINDING_STATUS_CHANGED: { description: 'Retained, set aside, or proposed again.' },
    FINDING_MERGED: { description: 'Merged into another finding (`mergedIntoId`).' },
    EVIDENCE_ATTACHED: { description: 'Contributions now back it (`contributionIds`).' },
    EVIDENCE_DETACHED: { description: 'Contributions no longer back it (`contributionIds`).' },
    FINDING_SUPPORTED: { description: 'Its supports or co-signing organizations changed.' },
    COMMENT_POSTED: { description: 'Someone commented on it.' },
    COMMENT_HIDDEN: { description: 'A coordinator hid a comment.' },
    SUGGESTION_POSTED: { description: 'An edit was suggested (its coordinators and author only).' },
    SUGGESTION_REVIEWED: { description: 'A suggestion was accepted or declined (its coordinators and author only).' },
    FINDING_EDITING: { description: 'Someone started or stopped editing it (`editorName`, `editing`).' },
    PRESENCE: { description: 'Number of people on the diagnosis page changed (not stored, not replayed).' },
  },
});

@ObjectType('DiagnosisEvent', {
  description:
    'One event of a diagnosis’s live stream, as this viewer may see it. Stored events are numbered by `seq`; ' +
    'subscribe again with the last `seq` seen to receive what was missed.',
})
export class DiagnosisEventObject {
  @Field(() => Int, {
    description: 'Number of the event in its diagnosis. PRESENCE events repeat the last number and are not stored.',
  })
  seq!: number;

  @Field(() => DiagnosisEventType, { description: 'What happened.' })
  type!: DiagnosisEventType;

  @Field(() => Date, { description: 'When it happened.' })
  at!: Date | string;

  @Field(() => DiagnosisStatus, { nullable: true, description: 'For DIAGNOSIS_STATUS_CHANGED: the new status.' })
  diagnosisStatus!: DiagnosisStatus | null;

  @Field(() => String, { nullable: true, description: 'For DIAGNOSIS_STATUS_CHANGED: why, when it was said.' })
  reason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The finding concerned.' })
  findingId!: string | null;

  @Field(() => FindingType, {
    nullable: true,
    description: 'The finding after the change, when you may see it; null when it left your view.',
  })
  finding!: FindingType | null;

  @Field(() => ID, { nullable: true, description: 'For FINDING_MERGED: the finding kept.' })
  mergedIntoId!: string | null;

  @Field(() => [ID], { description: 'For EVIDENCE_*: the contributions attached or detached.' })
  contributionIds!: string[];

  @Field(() => ID, { nullable: true, description: 'For COMMENT_* and SUGGESTION_*: the comment or suggestion.' })
  subjectId!: string | null;

  @Field(() => String, { nullable: true, description: 'For FINDING_EDITING: who.' })
  editorName!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'For FINDING_EDITING: started (true) or stopped.' })
  editing!: boolean | null;

  @Field(() => Int, { nullable: true, description: 'For PRESENCE: people on the page now.' })
  connectedCount!: number | null;

  /** Same key, same payload for whoever receives it: executed once for all (see live/shared-execution.ts). */
  shareKey!: string | null;
}
