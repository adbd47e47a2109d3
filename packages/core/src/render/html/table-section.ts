import type { Metrics } from '../../metrics/metrics.js';
import { formatCount } from './format.js';
import { STATUS_CODES } from './report-data.js';
import { STATUS_ORDER } from './status-style.js';

/** The shell of the all-tests table; the client script fills the rows from the JSON payload. */
export function allTestsSection(metrics: Metrics): string {
  const boxes = STATUS_ORDER.map(
    (status) =>
      `<label><input type="checkbox" value="${STATUS_CODES[status]}" data-status="${status}" checked> ${status} (${formatCount(metrics[status])})</label>`,
  ).join('');
  const header = (key: string, label: string, extra = ''): string =>
    `<div role="columnheader" aria-sort="${key === 'status' ? 'ascending' : 'none'}"${extra}><button type="button" data-sort="${key}">${label}</button></div>`;
  return `<section class="card" id="all-tests"><h2>All tests</h2>
<div class="controls">
<input type="search" id="search" placeholder="Search by test name, suite, file or failure message" aria-label="Search tests" autocomplete="off">
<fieldset id="status-filter"><legend>Status</legend>${boxes}</fieldset>
<span id="result-count" aria-live="polite"></span>
</div>
<div class="grid" role="table" aria-label="All tests">
<div class="grid-head" role="row">${header('name', 'Name')}${header('suite', 'Suite')}${header('status', 'Status')}${header('duration', 'Duration', ' class="num"')}</div>
<div class="viewport" id="viewport"><div id="spacer"></div><div id="rows" role="rowgroup"></div></div>
</div>
<noscript><p>The test table needs JavaScript; the sections above list the failures and the slowest tests.</p></noscript>
<section id="detail" aria-live="polite" hidden></section>
</section>`;
}
