import type { RequestEvent } from '@sveltejs/kit';
import type { TypedDocumentNode } from '@urql/core';
import type {
  FundingSourceKind,
  MoveDirection,
  PartnerRole,
  PortraitDraftInput,
  PortraitStage,
} from '$lib/graphql/generated/graphql';
import { FUNDING_SOURCE_KINDS, PARTNER_ROLES, STAGES } from '$lib/domain';
import { formText } from '$lib/forms';
import { formList, refused, run, versionOf, type FormValues, type Outcome } from '$lib/diagnosis/actions.server';
import { chosenFile, uploadImageFromForm } from '$lib/media/upload.server';
import * as M from './mutations.server';
import type { Actions } from './$types';

type Payload = { userErrors: Outcome['userErrors'] };

const MARKDOWN_CAP = 40_000;
const orNull = (text: string) => (text === '' ? null : text);
const oneOf = <T extends string>(values: readonly string[], raw: string) => (values.includes(raw) ? (raw as T) : null);

/** A whole number typed in a form, null when left empty; undefined when it is no number at all. */
function intOf(raw: string): number | null | undefined {
  if (raw === '') return null;
  return /^-?\d{1,9}$/.test(raw) ? Number(raw) : undefined;
}

/**
 * One operation of the editor: the portrait and the draft version the form started from come
 * with every form; a refusal (a stale version among them) sends back what was typed.
 */
async function operate<Data, Input>(
  event: RequestEvent,
  data: FormData,
  form: { action: string; id?: string | null; values?: FormValues },
  document: TypedDocumentNode<Data, { input: Input }>,
  input: (draft: { id: string; expectedVersion: number }) => Input | null,
  payload: (data: Data) => Payload,
  extra: Record<string, unknown> = {},
) {
  const id = form.id ?? null;
  const values = form.values ?? {};
  const expectedVersion = versionOf(data);
  const built = expectedVersion === null ? null : input({ id: formText(data, 'portraitId'), expectedVersion });
  if (built === null) return refused(400, form.action, id, values, { error: 'BAD_USER_INPUT' }, extra);
  return run(event, { action: form.action, id, values }, document, { input: built }, payload, () => extra);
}

function indicatorValues(data: FormData) {
  return {
    label: formText(data, 'label'),
    value: formText(data, 'value'),
    unit: formText(data, 'unit'),
    asOf: formText(data, 'asOf'),
    period: formText(data, 'period'),
    note: formText(data, 'note'),
  };
}

const indicatorInput = (v: ReturnType<typeof indicatorValues>) => ({
  label: v.label,
  value: v.value,
  unit: v.unit,
  asOf: orNull(v.asOf),
  period: orNull(v.period),
  note: orNull(v.note),
});

function fundingValues(data: FormData) {
  return {
    sourceKind: formText(data, 'sourceKind'),
    label: formText(data, 'label'),
    funderId: formText(data, 'funderId'),
    amount: formText(data, 'amount').replace(/\s/g, ''),
    euPriorityAxis: formText(data, 'euPriorityAxis'),
    periodStart: formText(data, 'periodStart'),
    periodEnd: formText(data, 'periodEnd'),
    note: formText(data, 'note'),
  };
}

function fundingInput(v: ReturnType<typeof fundingValues>) {
  const sourceKind = oneOf<FundingSourceKind>(FUNDING_SOURCE_KINDS, v.sourceKind);
  if (!sourceKind) return null;
  return {
    sourceKind,
    label: v.label,
    funderId: orNull(v.funderId),
    amount: orNull(v.amount),
    euPriorityAxis: orNull(v.euPriorityAxis),
    periodStart: orNull(v.periodStart),
    periodEnd: orNull(v.periodEnd),
    note: orNull(v.note),
  };
}

/** A move of a list item: the key and the direction come from the button pressed. */
const direction = (data: FormData): MoveDirection => (formText(data, 'direction') === 'UP' ? 'UP' : 'DOWN');

/** The review moves take only the portrait and its version. */
function reviewMove<Data extends Record<string, unknown>>(
  action: string,
  document: TypedDocumentNode<Data, { input: PortraitDraftInput }>,
) {
  return async (event: RequestEvent) => {
    const data = await event.request.formData();
    return operate(event, data, { action }, document, (draft) => draft, pick);
  };
}

// Every payload is read the same way: `{ userErrors }` under the one field the mutation names.
const pick = (d: Record<string, unknown>) => Object.values(d)[0] as Payload;

export const portraitActions = {
  update: async (event) => {
    const data = await event.request.formData();
    const values = {
      name: formText(data, 'name'),
      summary: formText(data, 'summary', { max: MARKDOWN_CAP }),
      territoryId: formText(data, 'territoryId'),
      commune: formText(data, 'commune'),
      themeIds: formList(data, 'themeIds'),
      need: formText(data, 'need', { trim: false, max: MARKDOWN_CAP }),
      project: formText(data, 'project', { trim: false, max: MARKDOWN_CAP }),
      results: formText(data, 'results', { trim: false, max: MARKDOWN_CAP }),
      startYear: formText(data, 'startYear'),
      durationMonths: formText(data, 'durationMonths'),
      budgetTotal: formText(data, 'budgetTotal').replace(/\s/g, ''),
      website: formText(data, 'website'),
    };
    const startYear = intOf(values.startYear);
    const durationMonths = intOf(values.durationMonths);
    return operate(
      event,
      data,
      { action: 'update', values },
      M.UpdatePortrait,
      (draft) =>
        startYear === undefined || durationMonths === undefined
          ? null
          : {
              ...draft,
              ...values,
              startYear,
              durationMonths,
              budgetTotal: orNull(values.budgetTotal),
              website: orNull(values.website),
            },
      pick,
    );
  },

  addIndicator: async (event) => {
    const data = await event.request.formData();
    const values = indicatorValues(data);
    return operate(
      event,
      data,
      { action: 'addIndicator', values },
      M.AddIndicator,
      (draft) => ({ ...draft, ...indicatorInput(values) }),
      pick,
    );
  },

  updateIndicator: async (event) => {
    const data = await event.request.formData();
    const key = formText(data, 'key');
    const values = indicatorValues(data);
    return operate(
      event,
      data,
      { action: 'updateIndicator', id: key, values },
      M.UpdateIndicator,
      (draft) => ({ ...draft, key, ...indicatorInput(values) }),
      pick,
    );
  },

  removeIndicator: async (event) => {
    const data = await event.request.formData();
    const key = formText(data, 'key');
    return operate(
      event,
      data,
      { action: 'removeIndicator', id: key },
      M.RemoveIndicator,
      (d) => ({ ...d, key }),
      pick,
    );
  },

  moveIndicator: async (event) => {
    const data = await event.request.formData();
    const key = formText(data, 'key');
    return operate(
      event,
      data,
      { action: 'moveIndicator', id: key },
      M.MoveIndicator,
      (d) => ({ ...d, key, direction: direction(data) }),
      pick,
    );
  },

  addFundingLine: async (event) => {
    const data = await event.request.formData();
    const values = fundingValues(data);
    const line = fundingInput(values);
    return operate(
      event,
      data,
      { action: 'addFundingLine', values },
      M.AddFundingLine,
      (draft) => (line ? { ...draft, ...line } : null),
      pick,
    );
  },

  updateFundingLine: async (event) => {
    const data = await event.request.formData();
    const key = formText(data, 'key');
    const values = fundingValues(data);
    const line = fundingInput(values);
    return operate(
      event,
      data,
      { action: 'updateFundingLine', id: key, values },
      M.UpdateFundingLine,
      (draft) => (line ? { ...draft, key, ...line } : null),
      pick,
    );
  },

  removeFundingLine: async (event) => {
    const data = await event.request.formData();
    const key = formText(data, 'key');
    return operate(
      event,
      data,
      { action: 'removeFundingLine', id: key },
      M.RemoveFundingLine,
      (d) => ({ ...d, key }),
      pick,
    );
  },

  moveFundingLine: async (event) => {
    const data = await event.request.formData();
    const key = formText(data, 'key');
    return operate(
      event,
      data,
      { action: 'moveFundingLine', id: key },
      M.MoveFundingLine,
      (d) => ({ ...d, key, direction: direction(data) }),
      pick,
    );
  },

  setPartners: async (event) => {
    const data = await event.request.formData();
    // Rows come as parallel lists; a row left without an organization, or ticked "remove", goes.
    const organizations = data.getAll('organizationId').map(String);
    const roles = data.getAll('role').map(String);
    const notes = data.getAll('note').map(String);
    const removed = new Set(formList(data, 'remove'));
    const rows = organizations.map((organizationId, index) => ({
      organizationId: organizationId.trim(),
      role: roles[index] ?? '',
      note: (notes[index] ?? '').trim(),
      index: String(index),
    }));
    const kept = rows.filter((row) => row.organizationId !== '' && !removed.has(row.index));
    const partners = kept.map((row) => ({
      organizationId: row.organizationId,
      role: oneOf<PartnerRole>(PARTNER_ROLES, row.role),
      note: orNull(row.note),
    }));
    const values = { organizationId: organizations, role: roles, note: notes, remove: [...removed] };
    return operate(
      event,
      data,
      { action: 'setPartners', values },
      M.SetPortraitPartners,
      (draft) =>
        partners.every((p) => p.role !== null)
          ? { ...draft, partners: partners.map((p) => ({ ...p, role: p.role as PartnerRole })) }
          : null,
      pick,
    );
  },

  recordStage: async (event) => {
    const data = await event.request.formData();
    const values = { stage: formText(data, 'stage'), date: formText(data, 'date'), note: formText(data, 'note') };
    const stage = oneOf<PortraitStage>(STAGES, values.stage);
    return operate(
      event,
      data,
      { action: 'recordStage', values },
      M.RecordStageChange,
      (draft) => (stage ? { ...draft, stage, date: values.date, note: orNull(values.note) } : null),
      pick,
    );
  },

  setReplicatedFrom: async (event) => {
    const data = await event.request.formData();
    const replicatedFromId = formText(data, 'replicatedFromId');
    return operate(
      event,
      data,
      { action: 'setReplicatedFrom', values: { replicatedFromId } },
      M.SetReplicatedFrom,
      (draft) => ({ ...draft, replicatedFromId: orNull(replicatedFromId) }),
      pick,
    );
  },

  setFindings: async (event) => {
    const data = await event.request.formData();
    const findingIds = formList(data, 'findingIds');
    return operate(
      event,
      data,
      { action: 'setFindings', values: { findingIds } },
      M.SetAnsweredFindings,
      (draft) => ({ ...draft, findingIds }),
      pick,
    );
  },

  addImage: async (event) => {
    const data = await event.request.formData();
    const alt = formText(data, 'imageAlt');
    let imageId = formText(data, 'imageId');
    let image: { id: string; url: string; width: number; height: number } | null = null;
    const file = chosenFile(data, 'image');
    if (file) {
      const sent = await uploadImageFromForm(event, file);
      if (!sent.image) {
        return refused(
          sent.failure?.status ?? 400,
          'addImage',
          null,
          { alt, imageId },
          {
            error: sent.failure?.code ?? null,
            userErrors: sent.userErrors,
          },
        );
      }
      image = sent.image;
      imageId = sent.image.id;
    }
    // Once stored, the image goes back with a refusal, so that fixing the text does not upload it again.
    const values = { alt, imageId };
    return operate(
      event,
      data,
      { action: 'addImage', values },
      M.AddPortraitImage,
      (draft) => (imageId ? { ...draft, imageId, alt } : null),
      pick,
      { image },
    );
  },

  updateImage: async (event) => {
    const data = await event.request.formData();
    const imageId = formText(data, 'key');
    const alt = formText(data, 'alt');
    return operate(
      event,
      data,
      { action: 'updateImage', id: imageId, values: { alt } },
      M.UpdatePortraitImage,
      (draft) => ({ ...draft, imageId, alt }),
      pick,
    );
  },

  removeImage: async (event) => {
    const data = await event.request.formData();
    const key = formText(data, 'key');
    return operate(
      event,
      data,
      { action: 'removeImage', id: key },
      M.RemovePortraitImage,
      (d) => ({ ...d, key }),
      pick,
    );
  },

  moveImage: async (event) => {
    const data = await event.request.formData();
    const key = formText(data, 'key');
    return operate(
      event,
      data,
      { action: 'moveImage', id: key },
      M.MovePortraitImage,
      (d) => ({ ...d, key, direction: direction(data) }),
      pick,
    );
  },

  submit: reviewMove('submit', M.SubmitPortrait),
  publish: reviewMove('publish', M.PublishPortrait),
  withdraw: reviewMove('withdraw', M.WithdrawPortrait),

  restore: async (event) => {
    const data = await event.request.formData();
    const revisionId = formText(data, 'revisionId');
    return operate(
      event,
      data,
      { action: 'restore', id: revisionId },
      M.RestorePortraitRevision,
      (draft) => ({ ...draft, revisionId }),
      pick,
    );
  },
} satisfies Actions;
