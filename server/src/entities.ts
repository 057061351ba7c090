import { Neighbourhood, Territory, Theme } from './territories/territory.entity.js';
import { Membership, Organization } from './organizations/organization.entity.js';
import { Person } from './people/person.entity.js';
import { Prompt, Workshop } from './workshops/workshop.entity.js';
import { Contribution, ContributionReport, ContributionVote } from './contributions/contribution.entity.js';
import { Guest, PendingSignUp, Session, SignInThrottle } from './accounts/session.entity.js';
import { ModerationAction } from './moderation/moderation-action.entity.js';
import { WorkshopEvent } from './live/workshop-event.entity.js';
import { Deployment } from './live/deployment.entity.js';
import { Diagnosis, Finding, FindingEvidence } from './diagnosis/diagnosis.entity.js';
import { Story } from './stories/story.entity.js';
import { Portrait } from './portraits/portrait.entity.js';
import { FundingLine, Indicator, PortraitPartner, StageEvent } from './portraits/portrait-parts.entity.js';

/** Every MikroORM entity, listed explicitly: no folder scanning at start-up. */
export const entities = [
  Theme,
  Territory,
  Neighbourhood,
  Organization,
  Membership,
  Person,
  Workshop,
  Prompt,
  Contribution,
  ContributionVote,
  ContributionReport,
  Guest,
  Session,
  SignInThrottle,
  PendingSignUp,
  ModerationAction,
  WorkshopEvent,
  Deployment,
  Diagnosis,
  Finding,
  FindingEvidence,
  Story,
  Portrait,
  Indicator,
  FundingLine,
  PortraitPartner,
  StageEvent,
];
