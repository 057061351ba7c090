import type { Knex } from '@mikro-orm/postgresql';
import { canModerate, isAdmin, isStaff, moderatedWorkshops, type Viewer } from './viewer.js';

/** The person started or changed the subject's draft (its revisions name their authors). */
function workedOn(alias: string, kind: 'STORY' | 'PORTRAIT', personId: string) {
  return (sub: Knex.QueryBuilder) => {
    sub
      .select('vr.id')
      .from('content_revision as vr')
      .where('vr.subject_kind', kind)
      .whereRaw(`vr.subject_id = ${alias}.id`)
      .where('vr.author_id', personId);
  };
}

/**
 * The organizations carrying a portrait, in its published edition or in its draft (who claims an
 * idea edits it before it is published). `portrait` is the SQL naming the portrait's id. The one
 * statement of it: the editing rule (`isCarrierMember`) and the read rule below both use it.
 */
export function carrierOrganizationsSql(portrait: string): string {
  return `select pp.organization_id from portrait_partner pp where pp.portrait_id = ${portrait} and pp.role = 'CARRIER'
    union
    select (e->>'organizationId')::uuid from draft d, jsonb_array_elements(d.document->'partners') e
    where d.subject_kind = 'PORTRAIT' and d.subject_id = ${portrait} and e->>'role' = 'CARRIER'`;
}

/** The person belongs to an organization carrying the portrait: its editors, who must find its draft. */
function carriedBy(alias: string, personId: string) {
  return (sub: Knex.QueryBuilder) => {
    sub
      .select('vm.person_id')
      .from('membership as vm')
      .where('vm.person_id', personId)
      .whereRaw(`vm.organization_id in (${carrierOrganizationsSql(`${alias}.id`)})`);
  };
}

/** What the in-memory rule needs to know of a contribution (a row, or an event's snapshot). */
export interface ContributionFacts {
  workshopId: string;
  moderationState: string;
  authorId: string | null;
  guestId: string | null;
}

/** What authors see of their own besides what is published (not what they withdrew, nor merged duplicates). */
const ownStates = ['PENDING', 'HIDDEN'];

/** The viewer wrote it (as a person or as this guest). */
export function isAuthor(viewer: Viewer, c: Pick<ContributionFacts, 'authorId' | 'guestId'>): boolean {
  if (viewer.kind === 'person') return c.authorId === viewer.personId;
  if (viewer.kind === 'guest') return c.guestId === viewer.guestId;
  return false;
}

/**
 * The one visibility rule of every read path (lists, `node`, nested fields, counts, live events,
 * server-rendered pages). Editorial staff see drafts of portraits and stories; a diagnosis's
 * drafts are seen by its coordinators; a workshop's contributions in any state are seen only by
 * its coordinators and admins; authors
 * also see their own contributions waiting for moderation or hidden (so that they learn why,
 * instead of waiting forever); everyone else sees published contributions of workshops that are
 * not drafts.
 */
export const visible = {
  /**
   * A portrait not published is seen by staff, who review, by those who worked on its draft, and
   * by the members of its carrying organizations, who may edit it.
   */
  portrait(qb: Knex.QueryBuilder, alias: string, viewer: Viewer) {
    if (isStaff(viewer)) return qb;
    qb.where((p) => {
      p.where(`${alias}.publication_state`, 'PUBLISHED');
      if (viewer.kind === 'person') {
        p.orWhereExists(workedOn(alias, 'PORTRAIT', viewer.personId));
        p.orWhereExists(carriedBy(alias, viewer.personId));
      }
    });
    return qb;
  },
  /** A story not published is seen by staff, who review, and by its author. */
  story(qb: Knex.QueryBuilder, alias: string, viewer: Viewer) {
    if (isStaff(viewer)) return qb;
    qb.where((s) => {
      s.where(`${alias}.publication_state`, 'PUBLISHED');
      if (viewer.kind === 'person') s.orWhere(`${alias}.author_id`, viewer.personId);
    });
    return qb;
  },
  /** Drafts are seen by admins and by the workshop's coordinators. */
  workshop(qb: Knex.QueryBuilder, alias: string, viewer: Viewer) {
    const scope = moderatedWorkshops(viewer);
    if (scope === 'all') return qb;
    const coordinated = [...scope];
    qb.where((w) => {
      w.whereNot(`${alias}.status`, 'DRAFT');
      if (coordinated.length > 0) w.orWhereIn(`${alias}.id`, coordinated);
    });
    return qb;
  },
  /** A draft is seen by admins and the diagnosis's coordinators; from the consultation on, by all. */
  diagnosis(qb: Knex.QueryBuilder, alias: string, viewer: Viewer) {
    if (isAdmin(viewer)) return qb;
    const coordinated = viewer.kind === 'person' ? [...viewer.diagnoses] : [];
    qb.where((d) => {
      d.whereNot(`${alias}.status`, 'DRAFT');
      if (coordinated.length > 0) d.orWhereIn(`${alias}.id`, coordinated);
    });
    return qb;
  },
  /**
   * Findings are visible with their diagnosis; a participant's proposal waiting for review, to
   * the diagnosis's coordinators and its author only.
   */
  finding(qb: Knex.QueryBuilder, alias: string, viewer: Viewer) {
    if (isAdmin(viewer)) return qb;
    const coordinated = viewer.kind === 'person' ? [...viewer.diagnoses] : [];
    qb.where((f) => {
      f.whereExists((sub) => {
        sub
          .select('vd.id')
          .from('diagnosis as vd')
          .whereRaw(`vd.id = ${alias}.diagnosis_id`)
          .whereNot('vd.status', 'DRAFT');
      }).where((open) => {
        open.where(`${alias}.awaiting_review`, false);
        if (viewer.kind === 'person') open.orWhere(`${alias}.proposed_by_id`, viewer.personId);
      });
      if (coordinated.length > 0) f.orWhereIn(`${alias}.diagnosis_id`, coordinated);
    });
    return qb;
  },
  contribution(qb: Knex.QueryBuilder, alias: string, viewer: Viewer) {
    const scope = moderatedWorkshops(viewer);
    if (scope === 'all') return qb;
    const coordinated = [...scope];
    qb.where((outer) => {
      outer.where((pub) => {
        pub.where(`${alias}.moderation_state`, 'PUBLISHED').whereExists((sub) => {
          sub
            .select('vw.id')
            .from('workshop as vw')
            .whereRaw(`vw.id = ${alias}.workshop_id`)
            .whereNot('vw.status', 'DRAFT');
        });
      });
      if (coordinated.length > 0) outer.orWhereIn(`${alias}.workshop_id`, coordinated);
      if (viewer.kind === 'person') {
        outer.orWhere((own) => {
          own.where(`${alias}.author_id`, viewer.personId).whereIn(`${alias}.moderation_state`, ownStates);
        });
      }
      if (viewer.kind === 'guest') {
        outer.orWhere((own) => {
          own.where(`${alias}.guest_id`, viewer.guestId).whereIn(`${alias}.moderation_state`, ownStates);
        });
      }
    });
    return qb;
  },
  /**
   * A finding's evidence (`contributionAlias` joined to `findingAlias`): for everyone, published
   * contributions of workshops that are not drafts; the diagnosis's coordinators and admins also
   * see the others, marked by their moderation state. It reads nothing of the viewer but whether
   * they coordinate the diagnosis, so a live event's coordinator and public audiences each share
   * one answer.
   */
  evidence(qb: Knex.QueryBuilder, contributionAlias: string, findingAlias: string, viewer: Viewer) {
    if (isAdmin(viewer)) return qb;
    const coordinated = viewer.kind === 'person' ? [...viewer.diagnoses] : [];
    qb.where((outer) => {
      outer.where((pub) => {
        pub.where(`${contributionAlias}.moderation_state`, 'PUBLISHED').whereExists((sub) => {
          sub
            .select('ew.id')
            .from('workshop as ew')
            .whereRaw(`ew.id = ${contributionAlias}.workshop_id`)
            .whereNot('ew.status', 'DRAFT');
        });
      });
      if (coordinated.length > 0) outer.orWhereIn(`${findingAlias}.diagnosis_id`, coordinated);
    });
    return qb;
  },
  /**
   * Suggested edits (`suggestionAlias` joined to `findingAlias`, itself read through `finding`):
   * the diagnosis's coordinators and admins review them all; their authors see their own.
   */
  suggestion(qb: Knex.QueryBuilder, suggestionAlias: string, findingAlias: string, viewer: Viewer) {
    if (isAdmin(viewer)) return qb;
    if (viewer.kind !== 'person') return qb.whereRaw('false');
    const coordinated = [...viewer.diagnoses];
    qb.where((s) => {
      s.where(`${suggestionAlias}.author_id`, viewer.personId);
      if (coordinated.length > 0) s.orWhereIn(`${findingAlias}.diagnosis_id`, coordinated);
    });
    return qb;
  },
  /** The same rule in memory, for live events (their workshop is live, so never a draft). */
  contributionFacts(c: ContributionFacts, viewer: Viewer): boolean {
    if (c.moderationState === 'PUBLISHED' || canModerate(viewer, c.workshopId)) return true;
    return ownStates.includes(c.moderationState) && isAuthor(viewer, c);
  },
};
