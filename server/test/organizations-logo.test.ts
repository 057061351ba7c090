import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageBytes, uploadOf } from '../src/test-support/factories/images.js';
import { addMember } from '../src/test-support/factories/portraits-editor.js';
import type { Viewer } from '../src/shared/viewer.js';
import { errorCode, gid, ok, openLive, unique, type Live } from './support-live.js';

/** An organization's logo: uploaded by a manager, set with the profile, public as the profile is. */
let live: Live;
let organizationId: string;
let manager: Viewer;
let member: Viewer;
const run: Live['api']['run'] = (...args) => live.api.run(...args);
const errors = 'userErrors { code field message }';
const UPDATE = `mutation($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) { organization { version logo { id url } } ${errors} }
}`;

async function upload(viewer: Viewer) {
  const query = `mutation($file: Upload!) { uploadImage(file: $file) { image { id url } ${errors} } }`;
  const png = await imageBytes('png', 240, 120);
  return (await ok(run(query, { file: uploadOf(png) }, viewer), 'uploadImage')).image as { id: string; url: string };
}

async function version(): Promise<number> {
  const { data } = await run(`query($id: ID!) { node(id: $id) { ... on Organization { version } } }`, {
    id: organizationId,
  });
  return data!.node.version as number;
}

const update = async (viewer: Viewer, logoImageId: string | null | undefined) =>
  run(
    UPDATE,
    {
      input: {
        organizationId,
        expectedVersion: await version(),
        name: 'Les Jardins du Bastide',
        kind: 'ASSOCIATION',
        ...(logoImageId === undefined ? {} : { logoImageId }),
      },
    },
    viewer,
  );

beforeAll(async () => {
  live = await openLive({ server: true });
  const organization = await live.make.organization({ name: unique('Jardins') });
  organizationId = gid('Organization', organization.id);
  const managerPerson = await live.make.person({ role: 'STAKEHOLDER' });
  const memberPerson = await live.make.person({ role: 'STAKEHOLDER' });
  await addMember(live.orm, organization.id, managerPerson.id);
  await addMember(live.orm, organization.id, memberPerson.id);
  await live.orm.em
    .getKnex()('membership')
    .where({ organization_id: organization.id, person_id: managerPerson.id })
    .update({ access: 'MANAGER' });
  manager = await managerPerson.viewer();
  member = await memberPerson.viewer();
});
afterAll(async () => {
  await live?.close();
});

describe('an organization’s logo', () => {
  it('is set by a manager with the profile and served to anyone, then stays when left out', async () => {
    const image = await upload(manager);
    const base = live.server!.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}${image.url}`)).status).toBe(404);
    const set = await ok(update(manager, image.id), 'updateOrganization');
    expect(set.organization.logo.id).toBe(image.id);
    expect((await fetch(`${base}${image.url}`)).status).toBe(200);
    const kept = await ok(update(manager, undefined), 'updateOrganization');
    expect(kept.organization.logo?.id).toBe(image.id);
    const removed = await ok(update(manager, null), 'updateOrganization');
    expect(removed.organization.logo).toBeNull();
  });

  it('refuses someone else’s image and a member who does not manage, changing nothing', async () => {
    const theirs = await upload(member);
    const refused = await update(manager, theirs.id);
    expect(refused.data?.updateOrganization.userErrors).toEqual([
      expect.objectContaining({ code: 'IMAGE_NOT_ATTACHABLE', field: 'logoImageId' }),
    ]);
    expect(errorCode(await update(member, theirs.id))).toBe('FORBIDDEN');
    const { data } = await run(`query($id: ID!) { node(id: $id) { ... on Organization { logo { id } } } }`, {
      id: organizationId,
    });
    expect(data!.node.logo).toBeNull();
    const base = live.server!.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}${theirs.url}`)).status).toBe(404);
  });
});
