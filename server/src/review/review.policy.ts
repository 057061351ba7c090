import { isStaff, moderatedWorkshops, type Viewer } from '../shared/viewer.js';

/**
 * Who has a « to review » list: coordinators and admins (the editorial staff). What is in it is
 * each one's own: the workshops they moderate, the diagnoses they coordinate — every one for admins.
 */
export const reviewPolicy = {
  hasQueue: (viewer: Viewer): boolean => isStaff(viewer),
  workshops: (viewer: Viewer): 'all' | readonly string[] => {
    const scope = moderatedWorkshops(viewer);
    return scope === 'all' ? 'all' : [...scope];
  },
  diagnoses: (viewer: Viewer): 'all' | readonly string[] => {
    if (viewer.kind !== 'person') return [];
    return moderatedWorkshops(viewer) === 'all' ? 'all' : [...viewer.diagnoses];
  },
};
