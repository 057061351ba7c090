/** Workshop planning (planning-authorization.test.ts): every operation, as its authorization matrix covers them. */
export const PLANNING_MUTATIONS: readonly string[] = [
  'createWorkshop',
  'updateWorkshop',
  'duplicateWorkshop',
  'updatePrompt',
  'movePrompt',
  'removePrompt',
  'addWorkshopCoordinator',
  'removeWorkshopCoordinator',
  'registerForWorkshop',
  'cancelRegistration',
];
