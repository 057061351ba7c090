/**
 * What the portrait editor accepts: the checks use these, and the `limits` query publishes them
 * so that the site's forms say them before sending.
 */
export const portraitLimits = {
  name: { min: 3, max: 200 },
  summaryMax: 1_000,
  communeMax: 100,
  /** need, project and results (Markdown). */
  textMax: 20_000,
  year: { min: 1900, max: 2100 },
  durationMonths: { min: 1, max: 600 },
  websiteMax: 500,
  themesMax: 10,
  indicatorsMax: 50,
  fundingLinesMax: 50,
  partnersMax: 50,
  stageEventsMax: 100,
  findingsMax: 50,
  imagesMax: 20,
  label: { min: 1, max: 200 },
  unit: { min: 1, max: 50 },
  periodMax: 100,
  euAxisMax: 20,
  noteMax: 1_000,
  alt: { min: 3, max: 300 },
} as const;
