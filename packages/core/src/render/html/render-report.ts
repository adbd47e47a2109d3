import { createHash } from 'node:crypto';
import type { TestResult } from '../../model.js';
import { CLIENT_SCRIPT } from './client-script.js';
import { escapeHtml, jsonForScriptBlock } from './escape.js';
import { fileLinkBase } from './links.js';
import { buildReportPayload, DEFAULT_PAYLOAD_LIMITS, type PayloadLimits } from './report-data.js';
import { comparisonSection, trendSection } from './section-history.js';
import { chartsSection, verdictHeader, verdictOf } from './section-summary.js';
import { pathView } from './paths.js';
import {
  failuresSection,
  flakySection,
  ingestProblemsSection,
  slowestSection,
  type SectionContext,
} from './section-tests.js';
import { reportCss } from './styles.js';
import { allTestsSection } from './table-section.js';
import { shardsSection } from './section-shards.js';
import type { HtmlReportInput } from './types.js';

function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Nothing may load: no connect, font, image (bar data: URIs), frame or form target. The one
 * style and one script element are allowed by hash, so an injected element could not run.
 */
export function contentSecurityPolicy(css: string, script: string): string {
  return [
    "default-src 'none'",
    `style-src ${sha256Source(css)}`,
    `script-src ${sha256Source(script)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Renders the whole report as one self-contained HTML page that makes no network request. */
export function renderHtmlReport(input: HtmlReportInput, limits: PayloadLimits = DEFAULT_PAYLOAD_LIMITS): string {
  const { run, metrics } = input;
  const linkBase = fileLinkBase(input.repositoryUrl, input.commitSha);
  const testsById = new Map<string, TestResult>(run.tests.map((test) => [test.id, test]));
  const css = reportCss();
  const paths = pathView(input.roots);
  const newFailures = new Set(input.baseComparison?.newFailures ?? []);
  const baseLabel = input.baseComparison?.baseLabel;
  const context: SectionContext = { linkBase, paths, newFailures, baseLabel };
  const payload = jsonForScriptBlock(
    buildReportPayload(run.tests, linkBase, limits, { newFailures, baseLabel, roots: input.roots }),
  );
  // What a reader came for first (what failed, what is new), then the overview, then everything;
  // notes about reading the report files last, collapsed.
  const body = [
    verdictHeader(input.title, metrics, input.generatedAt, input.repositoryUrl, input.commitSha),
    failuresSection(metrics, testsById, context),
    comparisonSection(input.baseComparison, testsById, paths),
    chartsSection(metrics, run.tests),
    trendSection(input.history),
    flakySection(metrics),
    slowestSection(metrics.slowest, testsById, context),
    shardsSection(metrics),
    allTestsSection(metrics),
    ingestProblemsSection(metrics, paths),
  ]
    .filter(Boolean)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en" data-verdict="${verdictOf(metrics)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(css, CLIENT_SCRIPT))}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}</title>
<style>${css}</style>
</head>
<body>
<main>
${body}
</main>
<script type="application/json" id="report-data">${payload}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}
