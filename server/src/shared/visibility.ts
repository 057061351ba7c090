import type { Knex } from '@mikro-orm/postgresql';
import { isStaff, type Viewer } from './viewer.js';

/**
 * The one visibility rule of every read path (lists, `node`, nested fields, counts): each
 * function narrows a query on `alias` to the rows `viewer` may see. Staff see everything; the
 * public sees published editorial content, non-draft workshops and diagnoses, and only the
 * published contributions of those workshops.
 */
export const visible = {
  portrait(qb: Knex.QueryBuilder, alias: string, viewer: Viewer) {
    if (!isStaff(viewer)) qb.where(`${alias}.publication_state`, 'PUBLISHED');
    return qb;
  },
  story(qb: Knex.QueryBuilder, alias: string, viewer: Viewer) {
    if (!isStaff(viewer)) qb.where(`${alias}.publication_state`, 'PUBLISHED');
    return qb;
  },
  workshop(qb: Knex.QueryBuilder, alias: string, viewer: Viewer) {
    if (!isStaff(viewer)) qb.whereNot(`${alias}.status`, 'DRAFT');
    return qb;
  },
  diagnosis(qb: Knex.QueryBuilder, alias: string, viewer: Viewer) {
    if (!isStaff(viewer)) qb.whereNot(`${alias}.status`, 'DRAFT');
    return qb;
  },
  /** Findings are visible with their diagnosis. */
  finding(qb: Knex.QueryBuilder, alias: string, viewer: Viewer) {
    if (!isStaff(viewer)) {
      qb.whereExists((sub) => {
        sub
          .select('vd.id')
          .from('diagnosis as vd')
          .whereRaw(`vd.id = ${alias}.diagnosis_id`)
          .whereNot('vd.status', 'DRAFT');
      });
    }
    return qb;
  },
  /** Contributions are visible when published in a visible workshop. */
  contribution(qb: Knex.QueryBuilder, alias: string, viewer: Viewer) {
    if (!isStaff(viewer)) {
      qb.where(`${alias}.moderation_state`, 'PUBLISHED').whereExists((sub) => {
        sub
          .select('vw.id')
          .from('workshop as vw')
          .whereRaw(`vw.id = ${alias}.workshop_id`)
          .whereNot('vw.status', 'DRAFT');
      });
    }
    return qb;
  },
};
