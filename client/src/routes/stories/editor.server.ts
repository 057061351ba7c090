import { fail, type RequestEvent } from '@sveltejs/kit';
import { STORY_KINDS } from '$lib/domain';
import { formText, type ApiErrorCode } from '$lib/forms';
import { graphql } from '$lib/graphql/generated';
import { createServerClient } from '$lib/graphql/client';
import { formList } from '$lib/diagnosis/actions.server';
import type { StoryChoices as Choices, StoryValues } from '$lib/components/stories/story-form';

/** The API publishes no limit for a story's body: this only cuts absurd sizes, the API judges the rest. */
const BODY_CAP = 100_000;

/** What a story's editor offers to link to: the visitor's visible territories, projects, findings and workshops. */
export const StoryChoicesQuery = graphql(`
  query StoryChoices {
    territories(first: 100) {
      nodes {
        id
        name
        portraits {
          id
          name
        }
        workshops {
          id
          title
        }
        diagnoses {
          id
          title
          findings {
            id
            title
          }
        }
      }
    }
  }
`);

const RenderMarkdown = graphql(`
  query RenderMarkdown($text: String!) {
    renderMarkdown(text: $text)
  }
`);

/** The choices as the form shows them, names sorted as French readers expect. */
export function choicesOf(data: { territories: { nodes: Choices['territories'] } }): Choices {
  const collator = new Intl.Collator('fr');
  const byName =
    <T>(name: (x: T) => string) =>
    (a: T, b: T) =>
      collator.compare(name(a), name(b));
  return {
    territories: [...data.territories.nodes].sort(byName((t) => t.name)).map((t) => ({
      ...t,
      portraits: [...t.portraits].sort(byName((p) => p.name)),
      workshops: [...t.workshops].sort(byName((w) => w.title)),
      diagnoses: t.diagnoses.map((d) => ({ ...d, findings: [...d.findings].sort(byName((f) => f.title)) })),
    })),
  };
}

/** The story a submitted form describes, as typed (the API trims and judges it). */
export function valuesOf(data: FormData): StoryValues {
  const kind = formText(data, 'kind');
  return {
    kind: (STORY_KINDS as readonly string[]).includes(kind) ? (kind as StoryValues['kind']) : 'EXPERIENCE',
    title: formText(data, 'title', { trim: false }),
    summary: formText(data, 'summary', { trim: false }),
    bodyMarkdown: formText(data, 'bodyMarkdown', { trim: false, max: BODY_CAP }),
    anonymous: data.get('anonymous') === 'on',
    tellerName: formText(data, 'tellerName', { trim: false }),
    tellerRole: formText(data, 'tellerRole', { trim: false }),
    consent: data.get('consent') === 'on',
    territoryId: formText(data, 'territoryId'),
    portraitIds: formList(data, 'portraitIds'),
    findingIds: formList(data, 'findingIds'),
    workshopIds: formList(data, 'workshopIds'),
  };
}

export type Intent = 'save' | 'submit' | 'preview';

/** Which of the editor's buttons sent the form (Enter in a field saves). */
export function intentOf(data: FormData): Intent {
  const intent = formText(data, 'intent');
  return intent === 'submit' || intent === 'preview' ? intent : 'save';
}

/** The body rendered as the published page will render it, or '' when the API cannot say. */
export async function previewOf(event: Pick<RequestEvent, 'fetch' | 'url'>, text: string): Promise<string> {
  if (!text.trim()) return '';
  const result = await createServerClient(event).query(RenderMarkdown, { text }).toPromise();
  return result.data?.renderMarkdown ?? '';
}

/** One of the editor's forms, refused: which one, why, and what was typed. */
export function refusedForm(
  status: number,
  action: string,
  problem: {
    error?: ApiErrorCode;
    userErrors?: readonly { code?: string | null; field?: string | null; message: string }[];
  },
  extra: Record<string, unknown> = {},
) {
  return fail(status, { action, error: problem.error ?? null, userErrors: problem.userErrors ?? [], ...extra });
}

/** The story after a move: where its editor is, and its draft (shown beside what was typed when it changed meanwhile). */
export const StoryAfterMove = graphql(`
  fragment StoryAfterMove on Story {
    id
    slug
    authoring {
      editVersion
      viewerCanSubmit
    }
    draft {
      kind
      title
      summary
      bodyMarkdown
      anonymous
      tellerName
      tellerRole
      consent
      territory {
        id
      }
      portraits {
        id
      }
      findings {
        id
      }
      workshops {
        id
      }
    }
  }
`);

export const CreateStory = graphql(`
  mutation CreateStory($input: CreateStoryInput!) {
    createStory(input: $input) {
      story {
        ...StoryAfterMove
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const UpdateStory = graphql(`
  mutation UpdateStory($input: UpdateStoryInput!) {
    updateStory(input: $input) {
      story {
        ...StoryAfterMove
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const SubmitStory = graphql(`
  mutation SubmitStory($id: ID!, $expectedVersion: Int!) {
    submitStory(id: $id, expectedVersion: $expectedVersion) {
      story {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
