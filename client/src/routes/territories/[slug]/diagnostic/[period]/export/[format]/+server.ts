import { error } from '@sveltejs/kit';
import { exportFile, isExportFormat } from '$lib/diagnosis/export';
import { DiagnosisRestitution } from '$lib/diagnosis/restitution.query';
import { createI18n } from '$lib/i18n';
import { found, query } from '$lib/server/graphql';
import type { RequestHandler } from './$types';

/** The restitution as a file (Markdown, CSV or JSON), read through the API as the visitor. */
export const GET: RequestHandler = async (event) => {
  const { slug, period, format } = event.params;
  if (!isExportFormat(format)) error(404, 'Not found');
  const result = await query(event, DiagnosisRestitution, { territorySlug: slug, period });
  const diagnosis = found(result.territoryDiagnosis);
  const i18n = createI18n(() => event.locals.lang);
  const source = {
    url: new URL(`/territories/${encodeURIComponent(slug)}/diagnostic/${encodeURIComponent(period)}`, event.url).href,
    at: new Date().toISOString(),
  };
  const file = exportFile(diagnosis, format, i18n, source);
  return new Response(file.body, {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.filename}"`,
      // What the visitor may see depends on who they are: never kept by a shared cache.
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
};
