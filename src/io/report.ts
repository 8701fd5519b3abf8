import type { Alias, ArticleResult, Entity } from '../model/index.js';

/** What the report shows of one article: its text, highlighted mentions and topic evidence. */
export interface ReportArticle {
  id: string;
  kicker: string | null;
  title: string | null;
  text: string;
  topics: { topic: string; label: string; score: number; evidence: { start: number; end: number; term: string }[] }[];
  mentions: { start: number; end: number; type: string; kind: string; entity: string; method: string }[];
}

/** Caps that keep the page a reasonable size on large runs; the page says when it shows less. */
export const REPORT_LIMITS = { articles: 500, entities: 2000, network: 25 };

/** Returns the report's view of an article after resolution. */
export function reportArticle(result: ArticleResult): ReportArticle {
  const a = result.article;
  return {
    id: a.id, kicker: a.kicker ?? null, title: a.title ?? null, text: a.text,
    topics: result.topics.map((t) => ({ topic: t.topic, label: t.label, score: t.score, evidence: t.evidence.map((e) => ({ start: e.start, end: e.end, term: e.term })) })),
    mentions: result.mentions.map((m) => ({ start: m.start, end: m.end, type: m.type, kind: m.kind, entity: m.entityId, method: m.method })),
  };
}

export interface ReportData {
  pipeline: string;
  totalArticles: number;
  articles: ReportArticle[];
  entities: Entity[];
  aliases: Alias[];
}

/** Escapes JSON for a <script> element: no "</script>" or U+2028 can end it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</gu, '\\u003c').replace(/\u2028/gu, '\\u2028').replace(/\u2029/gu, '\\u2029');
}

/** Escapes text for an HTML element or attribute value. */
function htmlText(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => HTML_ENTITIES[c]!);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Returns report.html: one self-contained page (inline data, style and script; no network) with
 * the article list and view (mentions highlighted by type, topic evidence underlined), a sortable,
 * filterable entity table whose rows show the articles that mention the entity, a topic chart and
 * an entity co-occurrence table. The same data gives the same bytes.
 */
export function renderReport(data: ReportData): string {
  return [...reportPieces(data)].join('');
}

/**
 * Yields the bytes of `renderReport` in pieces, the data an article, an entity or a link at a time: 500
 * articles of 1 MB with their mentions hold more than the longest string V8 can make (2^29 UTF-16 units).
 */
export function* reportPieces(data: ReportData): Generator<string> {
  const entities = [...data.entities].sort((a, b) => b.mentionCount - a.mentionCount || (a.id < b.id ? -1 : 1)).slice(0, REPORT_LIMITS.entities);
  const summary = { pipeline: data.pipeline, totalArticles: data.totalArticles, totalEntities: data.entities.length, limits: REPORT_LIMITS };
  const links = Object.fromEntries(data.aliases.filter((a) => a.kind !== 'variant').map((a) => [`${a.entityId} ${a.alias}`, `${a.kind}: ${a.evidence}`]));
  yield `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>gazette report — ${htmlText(data.pipeline)}</title>
<style>${STYLE}</style></head>
<body>
<header><h1>gazette</h1><p id="summary"></p>
<nav><button data-tab="articles" class="on">Articles</button><button data-tab="entities">Entities</button><button data-tab="topics">Topics</button><button data-tab="network">Co-occurrence</button></nav></header>
<main>
<section id="articles" class="tab on"><div class="split"><ol id="article-list"></ol><article id="article-view"><p class="hint">Choose an article.</p></article></div></section>
<section id="entities" class="tab"><input id="filter" type="search" placeholder="Filter entities (name, type, alias, country)"><table id="entity-table"><thead><tr>
<th data-key="name">Name</th><th data-key="type">Type</th><th data-key="zh">zh</th><th data-key="romanized">Romanized</th><th data-key="aliases">Aliases</th><th data-key="roles">Roles</th><th data-key="country">Country</th><th data-key="mentions">Mentions</th><th data-key="articles">Articles</th>
</tr></thead><tbody></tbody></table><div id="entity-articles"></div></section>
<section id="topics" class="tab"><div id="topic-chart"></div></section>
<section id="network" class="tab"><p class="hint">How many articles each pair of the most-mentioned people and organizations share.</p><div id="cooccurrence"></div></section>
</main>
<script type="application/json" id="data">`;
  // The JSON of { ...summary, articles, entities, links }, as JSON.stringify writes it, one value at a time.
  yield scriptJson(summary).slice(0, -1);
  yield* scriptJsonList(',"articles":[', data.articles, ']');
  yield* scriptJsonList(',"entities":[', entities.map((e) => ({
    id: e.id, type: e.type, name: e.name, zh: e.zh ?? '', romanized: e.romanized ?? '', aliases: e.aliases, roles: e.roles,
    country: e.country ?? '', mentions: e.mentionCount, articles: e.articleCount,
  })), ']');
  yield* scriptJsonList(',"links":{', Object.entries(links), '}}', ([key, link]) => `${scriptJson(key)}:${scriptJson(link)}`);
  yield `</script>
<script>${SCRIPT}</script>
</body></html>
`;
}

/** Yields `open`, the script JSON of each value (by `json`) with commas between, then `close`. */
function* scriptJsonList<T>(open: string, values: readonly T[], close: string, json: (value: T) => string = scriptJson): Generator<string> {
  yield open;
  for (let i = 0; i < values.length; i++) yield (i === 0 ? '' : ',') + json(values[i]!);
  yield close;
}

const STYLE = `
:root{--person:#d9480f;--organization:#1971c2;--place:#2b8a3e;--law:#862e9c;--other:#5c677d;font-family:system-ui,sans-serif;color:#222}
body{margin:0}header{padding:12px 20px;background:#f1f3f5;border-bottom:1px solid #dee2e6}h1{margin:0;font-size:20px}
#summary{margin:4px 0 8px;color:#555}nav button{border:0;background:none;padding:6px 12px;cursor:pointer;font-size:14px}
nav button.on{border-bottom:3px solid #1971c2;font-weight:600}main{padding:16px 20px}.tab{display:none}.tab.on{display:block}
.split{display:grid;grid-template-columns:minmax(220px,320px) 1fr;gap:20px}#article-list{margin:0;padding:0;list-style:none;max-height:80vh;overflow:auto}
#article-list li{padding:8px;border-bottom:1px solid #eee;cursor:pointer}#article-list li.on,#article-list li:hover{background:#e7f5ff}
.kicker{font-size:11px;font-weight:700;color:#862e9c;letter-spacing:.05em}.meta{font-size:12px;color:#666}
#article-view{line-height:1.7;white-space:pre-wrap;max-width:80ch}.m{border-radius:3px;padding:0 2px;cursor:help}
.m.person{background:#ffe8cc;border-bottom:2px solid var(--person)}.m.organization{background:#d0ebff;border-bottom:2px solid var(--organization)}
.m.place{background:#d3f9d8;border-bottom:2px solid var(--place)}.m.law{background:#f3d9fa;border-bottom:2px solid var(--law)}.m.other{background:#e9ecef;border-bottom:2px solid var(--other)}
.ev{text-decoration:underline wavy #e67700}.legend span{margin-right:10px;font-size:12px}.chip{display:inline-block;background:#fff3bf;border-radius:10px;padding:0 8px;margin:2px;font-size:12px}
table{border-collapse:collapse;width:100%;font-size:13px}th{cursor:pointer;text-align:left;background:#f8f9fa;position:sticky;top:0}
th,td{padding:4px 8px;border-bottom:1px solid #eee}tbody tr{cursor:pointer}tbody tr:hover,tbody tr.on{background:#e7f5ff}
#filter{width:100%;padding:6px;margin-bottom:8px;font-size:14px}.bar{display:flex;align-items:center;margin:4px 0}
.bar .label{width:220px;font-size:13px}.bar .fill{background:#1971c2;height:16px;border-radius:2px}.bar .n{margin-left:6px;font-size:12px}
.hint{color:#777}.note{font-size:12px;color:#a61e4d}#entity-articles{margin-top:12px}#entity-articles li{cursor:pointer;color:#1971c2}
`;

const SCRIPT = `
const D=JSON.parse(document.getElementById('data').textContent);
const $=(s,e=document)=>e.querySelector(s);const el=(t,a={},...c)=>{const n=document.createElement(t);for(const[k,v]of Object.entries(a))n.setAttribute(k,v);for(const x of c)n.append(x);return n;};
const cps=(s)=>Array.from(s);const byId=new Map(D.entities.map(e=>[e.id,e]));
$('#summary').textContent=D.totalArticles+' articles, '+D.totalEntities+' entities, pipeline '+D.pipeline+(D.totalArticles>D.articles.length?' (showing the first '+D.articles.length+' articles)':'')+(D.totalEntities>D.entities.length?' (top '+D.entities.length+' entities by mentions)':'');
for(const b of document.querySelectorAll('nav button'))b.onclick=()=>showTab(b.dataset.tab);
function showTab(t){for(const b of document.querySelectorAll('nav button'))b.classList.toggle('on',b.dataset.tab===t);for(const s of document.querySelectorAll('.tab'))s.classList.toggle('on',s.id===t);}
const list=$('#article-list');
D.articles.forEach((a,i)=>{const li=el('li',{'data-id':a.id});if(a.kicker)li.append(el('div',{class:'kicker'},a.kicker));
li.append(el('div',{},a.title||cps(a.text).slice(0,90).join('')+'…'));li.append(el('div',{class:'meta'},a.id+' · '+a.mentions.length+' mentions · '+a.topics.map(t=>t.label).join(', ')));li.onclick=()=>showArticle(i);list.append(li);});
function showArticle(i){const a=D.articles[i];for(const li of list.children)li.classList.toggle('on',li.dataset.id===a.id);
const v=$('#article-view');v.textContent='';const text=cps(a.text);const ev=new Uint8Array(text.length);for(const t of a.topics)for(const e of t.evidence)ev.fill(1,e.start,e.end);
const ms=a.mentions.filter(m=>m.kind!=='nominal'||true).sort((x,y)=>x.start-y.start||y.end-x.end);let pos=0;const frag=document.createDocumentFragment();
const plain=(from,to)=>{let k=from;while(k<to){let j=k;while(j<to&&ev[j]===ev[k])j++;const s=text.slice(k,j).join('');frag.append(ev[k]?el('span',{class:'ev'},s):document.createTextNode(s));k=j;}};
for(const m of ms){if(m.start<pos)continue;plain(pos,m.start);const e=byId.get(m.entity);const how=D.links[m.entity+' '+text.slice(m.start,m.end).join('')];
frag.append(el('span',{class:'m '+m.type,title:m.entity+'\\n'+m.type+' · '+m.kind+' · '+m.method+(how?'\\nlinked by '+how:'')+(e&&e.zh?'\\n'+e.zh:'')},text.slice(m.start,m.end).join('')));pos=m.end;}
plain(pos,text.length);const head=el('div',{class:'legend'},...['person','organization','place','law','other'].map(t=>el('span',{class:'m '+t},t)));
v.append(el('h2',{},a.title||a.kicker||a.id),head,el('div',{},...a.topics.map(t=>el('span',{class:'chip',title:t.evidence.map(e=>e.term).join(', ')},t.label+' '+t.score))),el('div',{id:'article-text',style:'margin-top:12px'},frag));}
if(D.articles.length)showArticle(0);
let sortKey='mentions',sortDir=-1;const tbody=$('#entity-table tbody');
function renderEntities(){const q=$('#filter').value.toLowerCase();const rows=D.entities.filter(e=>!q||[e.name,e.type,e.zh,e.romanized,e.country,...e.aliases,...e.roles].join(' ').toLowerCase().includes(q))
.sort((a,b)=>{const x=a[sortKey],y=b[sortKey];const c=typeof x==='number'?x-y:String(x).localeCompare(String(y));return sortDir*c||a.id.localeCompare(b.id);});
tbody.textContent='';for(const e of rows){const tr=el('tr',{'data-id':e.id},el('td',{},e.name),el('td',{},e.type),el('td',{},e.zh),el('td',{},e.romanized),el('td',{},e.aliases.join(' | ')),el('td',{},e.roles.join(' | ')),el('td',{},e.country),el('td',{},String(e.mentions)),el('td',{},String(e.articles)));tr.onclick=()=>showEntity(e.id);tbody.append(tr);}}
for(const th of document.querySelectorAll('#entity-table th'))th.onclick=()=>{const k=th.dataset.key;sortDir=k===sortKey?-sortDir:(k==='mentions'||k==='articles'?-1:1);sortKey=k;renderEntities();};
$('#filter').oninput=renderEntities;renderEntities();
function showEntity(id){for(const tr of tbody.children)tr.classList.toggle('on',tr.dataset.id===id);const box=$('#entity-articles');box.textContent='';const e=byId.get(id);
const hits=D.articles.map((a,i)=>[a,i]).filter(([a])=>a.mentions.some(m=>m.entity===id));box.append(el('h3',{},e.name+' — mentioned in '+hits.length+' article'+(hits.length===1?'':'s')+' shown'));
const ul=el('ul',{id:'entity-article-list'});for(const[a,i]of hits){const li=el('li',{'data-id':a.id},a.id+(a.kicker?' · '+a.kicker:''));li.onclick=()=>{showTab('articles');showArticle(i);};ul.append(li);}box.append(ul);}
const counts=new Map();for(const a of D.articles)for(const t of a.topics)counts.set(t.label,(counts.get(t.label)||0)+1);
const maxc=Math.max(1,...counts.values());for(const[label,n]of[...counts].sort((a,b)=>b[1]-a[1]||a[0].localeCompare(b[0])))$('#topic-chart').append(el('div',{class:'bar'},el('span',{class:'label'},label),el('span',{class:'fill',style:'width:'+Math.round(400*n/maxc)+'px'}),el('span',{class:'n'},String(n))));
const busiest=D.entities.filter(e=>e.type==='person'||e.type==='organization').slice(0,D.limits.network);const sets=new Map(busiest.map(e=>[e.id,new Set()]));
for(const a of D.articles)for(const m of a.mentions)if(sets.has(m.entity))sets.get(m.entity).add(a.id);
const tbl=el('table',{},el('tr',{},el('th',{},''),...busiest.map(e=>el('th',{title:e.name},e.name.split(' ').pop()))));
for(const r of busiest){const tr=el('tr',{},el('th',{},r.name));for(const c of busiest){const n=r===c?sets.get(r.id).size:[...sets.get(r.id)].filter(x=>sets.get(c.id).has(x)).length;tr.append(el('td',{style:n?'background:rgba(25,113,194,'+Math.min(1,0.15+n/5)+')':''},n?String(n):''));}tbl.append(tr);}
$('#cooccurrence').append(tbl);
`;
