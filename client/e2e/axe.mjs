// Accessibility checks shared by the end-to-end files: axe-core's WCAG 2.1 A/AA rules, run in the
// page under its real Content-Security-Policy.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** A label as a file name, for the artifacts a failure leaves behind. */
export function slugify(text) {
  return text
    .normalize('NFKD')
    .replace(/[^\w]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 90);
}

let axeSource = '';
/** Whether the page's CSP refused axe as an inline <script> once already (then skip trying). */
let inlineScriptsRefused = false;

async function injectAxe(page) {
  if (await page.evaluate(() => typeof window.axe !== 'undefined')) return;
  axeSource ||= await readFile(process.env.E2E_AXE, 'utf8');
  if (!inlineScriptsRefused) {
    try {
      await page.addScriptTag({ content: axeSource });
    } catch (error) {
      // The site's Content-Security-Policy (nonces, no 'unsafe-inline' scripts) refuses an inline
      // <script>: that is the policy working. Evaluate the same source through the DevTools
      // protocol instead, which CSP does not govern, so pages keep their real policy in the tests.
      if (!/Content Security Policy/i.test(String(error))) throw error;
      inlineScriptsRefused = true;
    }
  }
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.evaluate(axeSource);
  }
  assert.ok(await page.evaluate(() => typeof window.axe !== 'undefined'), 'axe-core could not be injected');
}

function formatViolations(label, violations) {
  const lines = [`axe found ${violations.length} kind(s) of WCAG 2.1 A/AA violation on ${label}:`];
  for (const v of violations) {
    lines.push(`  • ${v.id} [${v.impact}] ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes.slice(0, 8)) {
      lines.push(`      target: ${node.target}`);
      lines.push(`        html: ${node.html}`);
      if (node.summary) lines.push(`        ${node.summary.replace(/\n\s*/g, ' / ')}`);
    }
    if (v.nodes.length > 8) lines.push(`      … and ${v.nodes.length - 8} more node(s)`);
  }
  return lines.join('\n');
}

/**
 * Runs axe-core with the WCAG 2.1 A/AA rules; returns the report of its violations (also written
 * to the artifacts folder), or null when there are none.
 */
export async function axeReport(page, label) {
  await injectAxe(page);
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : String(t))).join(' | '),
        html: n.html.replace(/\s+/g, ' ').slice(0, 240),
        summary: n.failureSummary ?? '',
      })),
    }));
  }, AXE_TAGS);
  if (violations.length === 0) return null;
  const report = formatViolations(label, violations);
  await writeFile(path.join(process.env.E2E_ARTIFACTS, `axe-${slugify(label)}.txt`), `${report}\n`).catch(
    () => undefined,
  );
  return report;
}
