import { fail, type RequestEvent } from '@sveltejs/kit';
import { formText, type ApiErrorCode, type FieldError } from '$lib/forms';
import { graphql } from '$lib/graphql/generated';
import { translate } from '$lib/i18n';
import { mutate } from '$lib/server/graphql';
import { findingKindOf, priorityOf } from './promotion';

const Promote = graphql(`
  mutation PromoteContributions($input: PromoteContributionsInput!) {
    promoteContributions(input: $input) {
      finding {
        id
        title
        diagnosis {
          period
          territory {
            slug
          }
        }
      }
      userErrors {
        field
        message
      }
    }
  }
`);

/** What a promotion form sent, given back with a refusal so nothing typed is lost. */
export interface PromotionValues {
  mode: 'new' | 'existing';
  contributionIds: string[];
  kind: string;
  title: string;
  statement: string;
  priority: string;
  findingId: string;
}

/** The finding promoted into, to link to. */
export interface Promoted {
  id: string;
  title: string;
  diagnosis: { period: string; territory: { slug: string } };
}

/** Generous caps on what is relayed to the API, which judges the real limits (and refuses more than 50). */
const TITLE_CAP = 1_000;
const STATEMENT_CAP = 20_000;
const IDS_CAP = 200;

/**
 * The promotion forms' action (the console's several contributions, the board's one): a new
 * finding, pre-filled by the API from the contributions where title or statement is left empty,
 * or evidence added to a finding of the diagnosis.
 */
export async function promote(event: RequestEvent) {
  const data = await event.request.formData();
  const values: PromotionValues = {
    mode: formText(data, 'mode') === 'existing' ? 'existing' : 'new',
    contributionIds: data
      .getAll('contributionIds')
      .filter((v): v is string => typeof v === 'string' && v !== '')
      .slice(0, IDS_CAP),
    kind: formText(data, 'kind'),
    title: formText(data, 'title', { max: TITLE_CAP }),
    statement: formText(data, 'statement', { trim: false, max: STATEMENT_CAP }),
    priority: formText(data, 'priority'),
    findingId: formText(data, 'findingId'),
  };
  const refuse = (status: number, problem: { error?: ApiErrorCode; userErrors?: FieldError[] }) =>
    fail(status, {
      promotion: {
        contributionIds: values.contributionIds,
        values,
        error: problem.error ?? null,
        userErrors: problem.userErrors ?? [],
        done: null,
      },
    });
  const lang = event.locals.lang;
  if (values.contributionIds.length === 0) {
    return refuse(400, { userErrors: [{ field: 'contributionIds', message: translate(lang, 'promotion.pickOne') }] });
  }
  if (values.mode === 'existing' && !values.findingId) {
    return refuse(400, { userErrors: [{ field: 'findingId', message: translate(lang, 'promotion.pickFinding') }] });
  }
  const input =
    values.mode === 'existing'
      ? { contributionIds: values.contributionIds, findingId: values.findingId }
      : {
          contributionIds: values.contributionIds,
          newFinding: {
            diagnosisId: formText(data, 'diagnosisId'),
            kind: findingKindOf(values.kind) ?? 'UNMET_NEED',
            title: values.title.trim() || null,
            statement: values.statement.trim() || null,
            priority: priorityOf(values.priority) ?? 'MEDIUM',
          },
        };
  const result = await mutate(event, Promote, { input });
  if (result.failure) return refuse(result.failure.status, { error: result.failure.code });
  const { finding, userErrors } = result.data.promoteContributions;
  if (userErrors.length > 0 || !finding) return refuse(400, { userErrors });
  const done: Promoted = finding;
  return {
    promotion: {
      contributionIds: values.contributionIds,
      values: null,
      error: null,
      userErrors: [] as FieldError[],
      done,
    },
  };
}
