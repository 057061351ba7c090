import { registerEnumType } from 'type-graphql';
import { PublicationState } from './publication.js';

registerEnumType(PublicationState, {
  name: 'PublicationState',
  description: 'Whether editorial content is shown to the public.',
  valuesConfig: {
    DRAFT: { description: 'Being written; visible to staff only.' },
    PUBLISHED: { description: 'Public.' },
    ARCHIVED: { description: 'Withdrawn from public view, kept on record.' },
  },
});
