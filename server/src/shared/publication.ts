/** Publication state of editorial content (stories, portraits). */
export enum PublicationState {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
