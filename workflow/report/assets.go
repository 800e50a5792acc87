package report

// css is every page's stylesheet: system fonts only (no web fonts), dark
// text on light backgrounds (contrast at least 4.5:1), diffs marked by
// underline and strike-through as well as colour, visible focus.
const css = `
:root{color-scheme:light;--fg:#1a1a1a;--muted:#4a4a4a;--line:#c8c8c8;--bg:#fff;--alt:#f5f5f5;--bad:#a4000f;--warn:#6b4800;--ok:#0b5d1e;--term:#e3f0ff;--badterm:#ffe0e0}
*{box-sizing:border-box}
body{margin:0;padding:1rem 1.5rem;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:1.5rem;margin:.2rem 0}
a{color:#0645ad}
a:focus,select:focus,mark:focus{outline:3px solid #1a56db;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.3rem .6rem;z-index:2}
.meta{color:var(--muted);margin:.2rem 0 .6rem}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
table{border-collapse:collapse;width:100%;margin:1rem 0}
caption{text-align:left;font-weight:600;font-size:1.1rem;padding:.3rem 0}
th,td{border:1px solid var(--line);padding:.4rem .5rem;vertical-align:top;text-align:left}
thead th{background:#e8e8e8;position:sticky;top:0}
tbody tr:nth-child(even){background:var(--alt)}
.num{text-align:right;font-variant-numeric:tabular-nums}
.bad{color:var(--bad);font-weight:600}.warn{color:var(--warn)}
.counts{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;margin:.4rem 0}.counts div{display:flex;gap:.3rem}.counts dt{color:var(--muted)}.counts dd{margin:0;font-weight:600}
.segments td.zh,.segments td.en{width:34%}
.segments td.zh{font-size:1.05rem}
.notes{font-size:.9rem;width:24%}
.id{font-family:ui-monospace,Menlo,Consolas,monospace}
.badge{display:inline-block;font-size:.75rem;padding:0 .35rem;border-radius:3px;border:1px solid currentColor;margin:.15rem 0}
.badge.approved{color:var(--ok)}.badge.stale{color:var(--bad)}.badge.translated{color:#0645ad}.badge.new,.badge.draft{color:var(--warn)}
.para{color:var(--muted);font-size:.8rem}
mark.term{background:var(--term);color:inherit;border-bottom:2px solid #1a56db;padding:0 1px}
mark.badterm{background:var(--badterm);border-bottom:2px dashed var(--bad)}
ins{background:#d7f5dd;color:#063d13;text-decoration:underline}
del{background:#fde2e2;color:#6e0010;text-decoration:line-through}
.findings{margin:.2rem 0 .4rem;padding-left:1.1rem}
.finding.error strong{color:var(--bad)}.finding.warning strong{color:var(--warn)}
.people{margin:.2rem 0;display:grid;grid-template-columns:auto 1fr;gap:0 .5rem}.people dt{color:var(--muted)}.people dd{margin:0}
.people dd.termref{grid-column:2}
.comments{margin:.3rem 0;padding-left:1.1rem}.comment{background:#fff8dc;border-left:3px solid #b08800;padding:.1rem .4rem;list-style:none;margin-left:-1.1rem}
.filters fieldset{border:1px solid var(--line);display:flex;gap:.6rem;align-items:center;flex-wrap:wrap}
.legend{color:var(--muted);font-size:.9rem}
tr.hidden{display:none}
@media print{.filters,.skip{display:none}}
`

// js is the optional filter script: it shows the filter form (hidden
// without script) and hides the rows that do not match the chosen state
// and rule (preset from ?state=...&rule=... in the URL, so the index can
// link to them). Without it, every segment is shown.
const js = `
(function(){
var f=document.getElementById("filters");if(!f)return;f.hidden=false;
var s=document.getElementById("filter-state"),r=document.getElementById("filter-rule"),o=document.getElementById("filter-count");
var rows=document.querySelectorAll("#segments tbody tr.seg");
function apply(){var n=0;for(var i=0;i<rows.length;i++){var row=rows[i];
var ok=(!s.value||row.dataset.state===s.value)&&(!r.value||(" "+row.dataset.rules+" ").indexOf(" "+r.value+" ")>=0);
row.classList.toggle("hidden",!ok);if(ok)n++}o.textContent=n+" / "+rows.length}
var q=new URLSearchParams(location.search);if(q.get("state"))s.value=q.get("state");if(q.get("rule"))r.value=q.get("rule");
s.addEventListener("change",apply);r.addEventListener("change",apply);apply();
})();
`
