import { statusSwatchCss } from './section-summary.js';

const BASE_CSS = `
:root{color-scheme:light;--fg:#1f2328;--muted:#59636e;--line:#d0d7de;--bg:#f6f8fa;--card:#fff;--accent:#0969da}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:1280px;margin:0 auto;padding:16px}
h1{font-size:22px;margin:0 0 6px}h2{font-size:16px;margin:0 0 10px}h3{font-size:14px;margin:12px 0 4px}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}
pre{white-space:pre-wrap;word-break:break-word;overflow-wrap:anywhere;background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:8px;max-height:360px;overflow:auto;margin:4px 0}
a{color:var(--accent)}
h1,h2,h3,h4,p,li,td,th,dt,dd,summary,code,.test-name{overflow-wrap:anywhere}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 16px;margin:12px 0}
.verdict{background:var(--card);border:1px solid var(--line);border-left:8px solid #6e7781;border-radius:8px;padding:14px 16px}
.verdict-passed{border-left-color:#2da44e}.verdict-failed{border-left-color:#cf222e}
.verdict-badge{display:inline-block;font-weight:700;color:#fff;background:#6e7781;border-radius:12px;padding:2px 12px}
.verdict-passed .verdict-badge{background:#2da44e}.verdict-failed .verdict-badge{background:#cf222e}
.verdict-line span{margin-right:10px}.verdict-reason,.meta,.muted{color:var(--muted)}
.stats{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}
.stat{min-width:100px;border:1px solid var(--line);border-radius:6px;padding:6px 10px;display:flex;flex-direction:column}
.stat-value{font-size:20px;font-weight:700}.stat-label{color:var(--muted);font-size:12px}
.stat-failed .stat-value{color:#cf222e}.stat-errored .stat-value{color:#bc4c00}.stat-flaky .stat-value{color:#9a6700}.stat-passed .stat-value{color:#1a7f37}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(380px,1fr));gap:12px}
.charts .card{margin:0}.charts{margin:12px 0}
svg.status-bar{width:100%;height:36px;display:block;border-radius:4px}
svg.chart{width:100%;height:auto;display:block}
.chart-axis{font-size:11px;fill:#59636e}.chart-value{font-size:11px;fill:#1f2328}
.legend{list-style:none;padding:0;margin:8px 0 0;display:flex;flex-wrap:wrap;gap:12px}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px}
.badge{display:inline-block;color:#fff;border-radius:10px;padding:0 8px;font-size:11px;line-height:18px}
table.static{width:100%;border-collapse:collapse}
table.static th,table.static td{text-align:left;border-bottom:1px solid var(--line);padding:4px 6px;vertical-align:top}
.num{text-align:right;font-variant-numeric:tabular-nums}
.test-name{font-weight:600;word-break:break-word}
.recommendation{background:#ddf4ff;border-radius:6px;padding:6px 10px;margin:4px 0 8px}
.failure-list{padding-left:18px}.failure-list li{margin:4px 0}
.failure-message{font-family:ui-monospace,monospace;font-size:12px;color:#cf222e;word-break:break-word}
.warning{border-color:#d4a72c;background:#fff8c5}
details.card>summary{cursor:pointer}details.card>summary h2{display:inline;margin:0}
details.card[open]>summary{margin-bottom:8px}
.badge-new{background:#fff;color:#cf222e;border:1px solid #cf222e;font-weight:600;line-height:16px;margin-right:4px}
h2 .muted{font-weight:400;font-size:13px;margin-left:6px}
.comparison-list ul{margin:2px 0 8px}
.controls{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin-bottom:8px}
.controls input[type=search]{flex:1 1 260px;padding:6px 10px;border:1px solid var(--line);border-radius:6px;font:inherit}
#status-filter{border:0;padding:0;margin:0;display:flex;gap:10px;flex-wrap:wrap}
#status-filter legend{float:left;margin-right:6px;color:var(--muted)}
.grid{border:1px solid var(--line);border-radius:6px;overflow:hidden}
.grid-head,.row{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr) 90px 110px;gap:8px;padding:0 10px;align-items:center}
.grid-head{background:var(--bg);border-bottom:1px solid var(--line);height:34px}
.grid-head button{all:unset;cursor:pointer;font-weight:600}
.grid-head [aria-sort=ascending] button::after{content:" ▲"}.grid-head [aria-sort=descending] button::after{content:" ▼"}
.grid-head .num{text-align:right}
.viewport{max-height:480px;overflow-y:auto;position:relative}
#rows{position:absolute;top:0;left:0;right:0}
.row{height:30px;border-bottom:1px solid #eaeef2;cursor:pointer}
.row:hover{background:#f6f8fa}.row.selected{background:#ddf4ff}.row:focus{outline:2px solid var(--accent);outline-offset:-2px}
.row.empty{display:block;line-height:30px;color:var(--muted);cursor:default}
.row>div{overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.c-name-cell{display:flex;align-items:center;gap:2px}.c-name-cell .badge{flex:none}
.c-name{font-weight:500;min-width:0;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}.c-suite{color:var(--muted)}
#detail{margin-top:12px;border-top:2px solid var(--accent);padding-top:8px}
.detail-head{display:flex;justify-content:space-between;gap:12px;align-items:start}
.detail-title{display:flex;align-items:baseline;gap:2px;min-width:0}.detail-title .badge{flex:none}
.detail-name{word-break:break-word;margin:4px 0;min-width:0}
#detail dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 12px;margin:6px 0}
#detail dt{color:var(--muted)}#detail dd{margin:0;word-break:break-word}
.attempt{border:1px solid var(--line);border-radius:6px;padding:6px 10px;margin:8px 0}
.attempt h4{margin:2px 0 4px;font-size:13px}
pre.message{color:#82071e;background:#ffebe9;border-color:#ffcecb}
button.close{font:inherit;padding:2px 10px;border:1px solid var(--line);border-radius:6px;background:var(--bg);cursor:pointer}
`;

/** The page's whole stylesheet; it goes into one `<style>` element, hashed into the CSP. */
export function reportCss(): string {
  return `${BASE_CSS}${statusSwatchCss()}\n`;
}
