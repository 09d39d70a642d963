/*
 * Casebook 案例库 · 离线评审网页 (the 评审包 as one HTML file).
 * Plain browser code, inlined by electron/engine/selection/review-package/offline-review-page.ts and
 * allowed by the page's Content-Security-Policy through its hash: it must fetch nothing, set no
 * style attribute (only CSSOM properties) and use no inline event handlers.
 * The 评分结果 it saves is byte for byte what makeResultFile (review-package-format.ts) writes.
 */
/* global document, window, Node */
(() => {
  'use strict';

  const data = JSON.parse(document.getElementById('review-data').textContent);
  const info = data.info;
  const cases = data.submissions;
  const criteria = info.criteria;
  const range = info.scoreRange;
  const STORAGE_KEY = `casebook-review:${info.packageId}`;
  const GUIDE = 'guide';

  // ---------- building blocks ----------

  function h(tag, props, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') element.className = value;
      else if (name === 'text') element.textContent = value;
      else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
      else element.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      element.append(child instanceof Node ? child : String(child));
    }
    return element;
  }

  const timeOf = (iso) => new Date(iso).toLocaleTimeString('zh-CN', { hour12: false });
  const dateTimeOf = (iso) => new Date(iso).toLocaleString('zh-CN', { hour12: false });
  const formatScore = (value) => (Number.isInteger(value) ? String(value) : value.toFixed(value * 10 === Math.round(value * 10) ? 1 : 2));

  // ---------- progress kept in the browser (localStorage, one key per package) ----------

  let storageWorks = true;

  function loadState() {
    const empty = { version: 1, current: null, cases: {}, savedAt: null, resultSavedAt: null, resultFileName: null };
    try {
      const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) || 'null');
      if (parsed && typeof parsed === 'object' && parsed.version === 1) return Object.assign(empty, parsed);
    } catch {
      storageWorks = false;
    }
    return empty;
  }

  const state = loadState();

  function draftOf(id) {
    const found = state.cases[id];
    const draft = found && typeof found === 'object' ? found : {};
    draft.scores = draft.scores && typeof draft.scores === 'object' ? draft.scores : {};
    draft.notes = draft.notes && typeof draft.notes === 'object' ? draft.notes : {};
    draft.comment = typeof draft.comment === 'string' ? draft.comment : '';
    state.cases[id] = draft;
    return draft;
  }

  /** Writes the state; `typed` when scores or comments changed (the time shown as 已自动保存). */
  function persist(typed = true) {
    if (typed) state.savedAt = new Date().toISOString();
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
      storageWorks = true;
    } catch {
      storageWorks = false;
    }
    renderStorageStatus();
  }

  // ---------- scores ----------

  /** Full-width digits and 。 as a Chinese input method types them, in plain digits. */
  const halfWidth = (raw) =>
    String(raw || '')
      .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
      .replace(/[．。]/g, '.')
      .trim();

  /** What was typed, read as a score: one decimal at most, within the range. */
  function parseScore(raw) {
    const text = halfWidth(raw);
    if (text === '') return { empty: true };
    if (!/^\d+(?:\.\d+)?$/.test(text)) return { error: '请输入数字' };
    if (/\.\d{2,}$/.test(text)) return { error: '最多保留一位小数' };
    const value = Number(text);
    if (value < range.min || value > range.max) return { error: `分数应在 ${range.min}–${range.max} 之间` };
    return { value };
  }

  /** Σ score × weight ÷ Σ weight, two decimals; only once every criterion has a score (as in Casebook). */
  function weightedTotal(scores) {
    let sum = 0;
    let weights = 0;
    for (const criterion of criteria) {
      sum += scores[criterion.key] * criterion.weight;
      weights += criterion.weight;
    }
    return weights === 0 ? null : Math.round((sum / weights) * 100) / 100;
  }

  function summaryOf(id) {
    const draft = draftOf(id);
    const scores = {};
    const errors = [];
    for (const criterion of criteria) {
      const parsed = parseScore(draft.scores[criterion.key]);
      if (parsed.error) errors.push({ criterion, message: parsed.error });
      else if (!parsed.empty) scores[criterion.key] = parsed.value;
    }
    const scored = Object.keys(scores).length;
    const complete = errors.length === 0 && scored === criteria.length;
    const notes = {};
    for (const criterion of criteria) {
      const note = String(draft.notes[criterion.key] || '').trim();
      if (note) notes[criterion.key] = note;
    }
    const comment = draft.comment.trim();
    const touched = scored > 0 || errors.length > 0 || comment !== '' || Object.keys(notes).length > 0;
    return { scores, notes, comment, errors, scored, complete, touched, total: complete ? weightedTotal(scores) : null };
  }

  // ---------- the 评分结果 file: canonical JSON signed with HMAC-SHA256 ----------

  /** The same bytes as canonicalJson in review-package-format.ts: keys sorted at every level, no spaces. */
  function canonicalJson(value) {
    if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
    }
    return JSON.stringify(value);
  }

  const hexToBytes = (hex) => new Uint8Array(hex.match(/../g).map((pair) => parseInt(pair, 16)));
  const bytesToHex = (bytes) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

  // SHA-256 in plain code, for a browser that offers no crypto.subtle to a page opened from disk.
  const ROUND_CONSTANTS = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
  ]);
  const rotr = (x, n) => (x >>> n) | (x << (32 - n));

  function sha256(bytes) {
    const length = bytes.length;
    const padded = new Uint8Array(Math.ceil((length + 9) / 64) * 64);
    padded.set(bytes);
    padded[length] = 0x80;
    const view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, Math.floor((length * 8) / 0x100000000));
    view.setUint32(padded.length - 4, (length * 8) >>> 0);
    const hash = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
    const w = new Uint32Array(64);
    for (let offset = 0; offset < padded.length; offset += 64) {
      for (let i = 0; i < 16; i += 1) w[i] = view.getUint32(offset + i * 4);
      for (let i = 16; i < 64; i += 1) {
        const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
        const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
      }
      let [a, b, c, d, e, f, g, k] = hash;
      for (let i = 0; i < 64; i += 1) {
        const t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + ROUND_CONSTANTS[i] + w[i]) | 0;
        const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        k = g;
        g = f;
        f = e;
        e = (d + t1) | 0;
        d = c;
        c = b;
        b = a;
        a = (t1 + t2) | 0;
      }
      hash[0] += a;
      hash[1] += b;
      hash[2] += c;
      hash[3] += d;
      hash[4] += e;
      hash[5] += f;
      hash[6] += g;
      hash[7] += k;
    }
    const out = new Uint8Array(32);
    const outView = new DataView(out.buffer);
    hash.forEach((word, i) => outView.setUint32(i * 4, word));
    return out;
  }

  function hmacSha256Plain(key, message) {
    const block = new Uint8Array(64);
    block.set(key.length > 64 ? sha256(key) : key);
    const inner = new Uint8Array(64 + message.length);
    const outer = new Uint8Array(64 + 32);
    for (let i = 0; i < 64; i += 1) {
      inner[i] = block[i] ^ 0x36;
      outer[i] = block[i] ^ 0x5c;
    }
    inner.set(message, 64);
    outer.set(sha256(inner), 64);
    return sha256(outer);
  }

  async function hmacSha256Hex(secretHex, text) {
    const key = hexToBytes(secretHex);
    const message = new TextEncoder().encode(text);
    const subtle = window.crypto && window.crypto.subtle;
    if (subtle) {
      try {
        const cryptoKey = await subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
        return bytesToHex(new Uint8Array(await subtle.sign('HMAC', cryptoKey, message)));
      } catch {
        // Some browsers refuse crypto.subtle on file:// pages: the plain code gives the same bytes.
      }
    }
    return bytesToHex(hmacSha256Plain(key, message));
  }

  async function resultFileText(createdAt) {
    const scores = [];
    for (const item of cases) {
      const summary = summaryOf(item.id);
      if (Object.keys(summary.scores).length === 0 && summary.comment === '' && Object.keys(summary.notes).length === 0) continue;
      scores.push({ documentId: item.id, scores: summary.scores, comment: summary.comment, notes: summary.notes });
    }
    const unsigned = { format: data.result.format, version: data.result.version, roundId: info.roundId, packageId: info.packageId, reviewer: info.reviewer, createdAt, scores };
    const signature = await hmacSha256Hex(info.secret, canonicalJson(unsigned));
    return { text: `${JSON.stringify({ ...unsigned, signature }, null, 2)}\n`, count: scores.length };
  }

  function resultFileName() {
    const safe = (value) => value.replace(/[\\/:*?"<>|\s]+/g, '');
    return `评分结果-${safe(info.reviewer)}-${safe(info.roundName).slice(0, 40)}.json`;
  }

  function download(fileName, text, type = 'application/json') {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = h('a', { href: url, download: fileName, class: 'download-link' });
    document.body.append(link);
    link.click();
    link.remove();
    // Give the browser time to start the download before the bytes go.
    window.setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  /** 原件: the case's original as the bureau received it (not in 盲评 packages); images shown, any file saved. */
  function attachmentView(item) {
    const attachment = item.attachment;
    const base64 = attachment && data.attachments ? data.attachments[attachment.entry] : null;
    if (!attachment || !base64) return null;
    const size = attachment.size >= 1024 * 1024 ? `${(attachment.size / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(attachment.size / 1024))} KB`;
    const save = () => {
      const binary = atob(base64);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
      download(attachment.name, bytes, attachment.mediaType);
    };
    return h(
      'section',
      { class: 'attachment', 'aria-label': '原件' },
      h('span', null, `原件：${attachment.name}（${size}）`),
      h('button', { type: 'button', class: 'button', onclick: save }, '保存原件'),
      attachment.mediaType.startsWith('image/') ? h('img', { src: `data:${attachment.mediaType};base64,${base64}`, alt: `原件：${attachment.name}` }) : null,
    );
  }

  // ---------- the page ----------

  const views = new Map();
  const navItems = new Map();
  const caseParts = new Map();
  const app = document.getElementById('app');
  // What the page shows when this script cannot run (an old browser, 360's 兼容模式) goes.
  app.replaceChildren();

  const progressCount = h('strong', { class: 'progress-count' });
  const progressFill = h('span', { class: 'progress-fill' });
  const progressBar = h('div', { class: 'progress-bar', role: 'progressbar', 'aria-label': '评分进度', 'aria-valuemin': 0, 'aria-valuemax': cases.length }, progressFill);
  const storageStatus = h('p', { class: 'storage-status', role: 'status' });
  const notices = h('div', { class: 'notices', 'aria-live': 'polite' });
  const saveButton = h('button', { type: 'button', class: 'button primary', onclick: () => void startSaving() }, '保存评分结果');
  const printButton = h('button', { type: 'button', class: 'button', onclick: () => window.print() }, '打印');

  const metaItems = [
    `评审人：${info.reviewer}`,
    `${info.year}年度`,
    `${data.stageLabel}阶段`,
    `共 ${cases.length} 件案例`,
    info.blind ? '盲评' : null,
  ].filter(Boolean);

  app.append(
    h(
      'header',
      { class: 'masthead' },
      h(
        'div',
        { class: 'masthead-inner' },
        h(
          'div',
          { class: 'masthead-text' },
          h('p', { class: 'kicker' }, '评审包 · 离线评分'),
          h('h1', { class: 'round-name' }, info.roundName),
          h('p', { class: 'package-meta' }, metaItems.map((item, index) => [index > 0 ? h('span', { class: 'divider', 'aria-hidden': 'true' }, '|') : null, h('span', null, item)])),
        ),
        h(
          'div',
          { class: 'masthead-side' },
          h('div', { class: 'progress' }, h('span', { class: 'progress-label' }, '已评 ', progressCount, ` / ${cases.length}`), progressBar),
          h('div', { class: 'masthead-actions' }, printButton, saveButton),
        ),
      ),
    ),
  );

  const nav = h('nav', { class: 'case-nav', 'aria-label': '案例列表' });
  const content = h('main', { class: 'content' }, notices);
  app.append(h('div', { class: 'layout' }, nav, content), h('footer', { class: 'page-footer' }, storageStatus, h('p', null, `由 Casebook 案例库于 ${dateTimeOf(data.createdAt)} 生成。本网页不联网，评分只保存在这台电脑的浏览器中，直到您保存评分结果文件。`)));

  // The guide: the rubric and how to return the scores.
  const guide = h(
    'section',
    { class: 'view guide', 'aria-labelledby': 'guide-title' },
    h('h2', { id: 'guide-title', class: 'view-title' }, '评分标准与说明'),
    h(
      'table',
      { class: 'rubric' },
      h('caption', null, `每项 ${range.min}–${range.max} 分，可保留一位小数；加权得分 = Σ（分数 × 权重）÷ Σ 权重，各项都打分后计算。`),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, '评分项'), h('th', { scope: 'col', class: 'weight' }, '权重'), h('th', { scope: 'col' }, '评分要点'))),
      h(
        'tbody',
        null,
        criteria.map((criterion) => h('tr', null, h('th', { scope: 'row' }, criterion.name), h('td', { class: 'weight' }, `${criterion.weight}%`), h('td', null, criterion.description || '—'))),
      ),
    ),
    h(
      'ol',
      { class: 'instructions' },
      h('li', null, '从左侧列表逐件打开案例，阅读后在正文下方的评分表中为每个评分项打分，可为每项写一句评分说明，并填写总体评语。'),
      h('li', null, '输入的内容随时自动保存在这台电脑的浏览器中；关闭后用同一浏览器再次打开这个文件，可以接着评。'),
      h('li', null, '全部评完后，点击右上角“保存评分结果”，把下载得到的评分结果文件（.json）按约定方式交回评选组织单位。文件带有校验码，请勿修改其内容。'),
      h('li', null, '交回后如需修改，可改好后再次保存并交回，以最后交回的文件为准。'),
    ),
    info.blind ? h('p', { class: 'hint' }, '本次为盲评：案例中的单位名称、人名和来源已隐去（以“某单位”“某某”代替）。') : null,
    info.abstainedCount > 0 ? h('p', { class: 'hint' }, `按回避规定，另有 ${info.abstainedCount} 件案例未列入您的评审包。`) : null,
    h('p', { class: 'guide-start' }, h('button', { type: 'button', class: 'button primary', onclick: () => show(firstUnfinished() || cases[0].id) }, '开始评分')),
  );
  views.set(GUIDE, guide);
  content.append(guide);

  const guideLink = h('button', { type: 'button', class: 'nav-link guide-link', onclick: () => show(GUIDE) }, '评分标准与说明');
  navItems.set(GUIDE, { button: guideLink });
  nav.append(guideLink, h('p', { class: 'nav-heading' }, '案例'));
  const list = h('ol', { class: 'case-list' });
  nav.append(list);

  const META_FIELDS = [
    ['practiceName', '做法名称'],
    ['project', '项目'],
    ['region', '地区'],
    ['year', '年度'],
    ['date', '日期'],
    ['organization', '单位'],
    ['author', '作者'],
    ['source', '来源'],
  ];
  const HEADING_LINE = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[章节部分])/;

  function caseText(text) {
    return text
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => (HEADING_LINE.test(line) && line.length <= 40 ? h('h4', { class: 'text-heading' }, line) : h('p', null, line)));
  }

  cases.forEach((item, index) => {
    const draft = draftOf(item.id);
    const number = index + 1;
    const status = h('span', { class: 'status' });
    const link = h('button', { type: 'button', class: 'nav-link', onclick: () => show(item.id) }, h('span', { class: 'number' }, `${number}.`), h('span', { class: 'title' }, item.title), status);
    list.append(h('li', null, link));
    navItems.set(item.id, { button: link, status });

    const fields = new Map();
    const rows = criteria.map((criterion) => {
      const error = h('p', { class: 'field-error', id: `error-${item.id}-${criterion.key}` });
      const score = h('input', {
        type: 'text',
        inputmode: 'decimal',
        class: 'score-input',
        maxlength: 6,
        autocomplete: 'off',
        placeholder: `${range.min}–${range.max}`,
        'aria-label': `${criterion.name}得分`,
        'aria-describedby': error.id,
      });
      score.value = draft.scores[criterion.key] || '';
      score.addEventListener('input', () => {
        draftOf(item.id).scores[criterion.key] = score.value;
        persist();
        refreshCase(item.id);
      });
      score.addEventListener('change', () => {
        if (parseScore(score.value).value === undefined || score.value === halfWidth(score.value)) return;
        score.value = halfWidth(score.value);
        draftOf(item.id).scores[criterion.key] = score.value;
        persist();
      });
      const note = h('input', { type: 'text', class: 'note-input', maxlength: 500, placeholder: '扣分理由或亮点（可不填）', 'aria-label': `${criterion.name}说明` });
      note.value = draft.notes[criterion.key] || '';
      note.addEventListener('input', () => {
        draftOf(item.id).notes[criterion.key] = note.value;
        persist();
        refreshCase(item.id);
      });
      fields.set(criterion.key, { score, error, note });
      return h(
        'tr',
        null,
        h('th', { scope: 'row' }, h('span', { class: 'criterion-name' }, criterion.name), criterion.description ? h('span', { class: 'criterion-description' }, criterion.description) : null),
        h('td', { class: 'weight' }, `${criterion.weight}%`),
        h('td', { class: 'score-cell' }, score, error),
        h('td', null, note),
      );
    });
    const comment = h('textarea', { class: 'comment-input', rows: 4, maxlength: 5000, placeholder: '亮点、不足或需要核实的地方', 'aria-label': '评语' });
    comment.value = draft.comment;
    comment.addEventListener('input', () => {
      draftOf(item.id).comment = comment.value;
      persist();
      refreshCase(item.id);
    });
    const total = h('p', { class: 'total', 'aria-live': 'polite' });
    const previous = index > 0 ? h('button', { type: 'button', class: 'button', onclick: () => show(cases[index - 1].id) }, '上一件') : null;
    const next = index < cases.length - 1 ? h('button', { type: 'button', class: 'button', onclick: () => show(cases[index + 1].id) }, '下一件') : null;

    const meta = META_FIELDS.filter(([field]) => item[field] !== null && item[field] !== undefined && item[field] !== '').map(([field, label]) =>
      h('div', null, h('dt', null, label), h('dd', null, field === 'year' ? `${item[field]}年` : String(item[field]))),
    );
    const view = h(
      'article',
      { class: 'view case', 'aria-labelledby': `title-${item.id}` },
      h('p', { class: 'case-count' }, `第 ${number} 件，共 ${cases.length} 件`),
      h('h2', { class: 'view-title', id: `title-${item.id}` }, item.title),
      meta.length > 0 ? h('dl', { class: 'case-meta' }, meta) : null,
      attachmentView(item),
      h('div', { class: 'case-text' }, caseText(item.text)),
      h(
        'section',
        { class: 'score-card', 'aria-label': `评分：${item.title}` },
        h('h3', null, '评分表'),
        h(
          'table',
          { class: 'score-table' },
          h(
            'thead',
            null,
            h('tr', null, h('th', { scope: 'col' }, '评分项'), h('th', { scope: 'col', class: 'weight' }, '权重'), h('th', { scope: 'col' }, `得分（${range.min}–${range.max}）`), h('th', { scope: 'col' }, '评分说明')),
          ),
          h('tbody', null, rows),
        ),
        h('label', { class: 'comment-label' }, h('span', null, '总体评语'), comment),
        h('div', { class: 'score-footer' }, total, h('div', { class: 'pager' }, previous, next)),
      ),
    );
    views.set(item.id, view);
    caseParts.set(item.id, { fields, comment, total });
    content.append(view);
  });

  // ---------- state shown ----------

  function refreshCase(id) {
    const summary = summaryOf(id);
    const parts = caseParts.get(id);
    for (const [key, { score, error }] of parts.fields) {
      const problem = summary.errors.find((item) => item.criterion.key === key);
      error.textContent = problem ? problem.message : '';
      if (problem) score.setAttribute('aria-invalid', 'true');
      else score.removeAttribute('aria-invalid');
    }
    parts.total.textContent =
      summary.total !== null ? `加权得分：${summary.total.toFixed(2)}` : `加权得分：未评完（已打分 ${summary.scored} / ${criteria.length} 项）`;
    parts.total.classList.toggle('done', summary.total !== null);
    const { status, button } = navItems.get(id);
    status.textContent = summary.complete ? formatScore(summary.total) : summary.errors.length > 0 ? '有误' : summary.touched ? '未评完' : '未评';
    button.dataset.state = summary.complete ? 'done' : summary.errors.length > 0 ? 'error' : summary.touched ? 'partial' : 'todo';
    status.setAttribute('aria-label', summary.complete ? `已评，加权得分 ${summary.total}` : status.textContent);
    refreshProgress();
  }

  function refreshProgress() {
    const done = cases.filter((item) => summaryOf(item.id).complete).length;
    progressCount.textContent = String(done);
    progressBar.setAttribute('aria-valuenow', String(done));
    progressFill.style.width = `${cases.length === 0 ? 0 : (done / cases.length) * 100}%`;
  }

  function renderStorageStatus() {
    storageStatus.classList.toggle('warning', !storageWorks);
    storageStatus.textContent = storageWorks
      ? state.savedAt
        ? `评分进度已自动保存在本机浏览器中（${timeOf(state.savedAt)}）。`
        : '评分进度会自动保存在本机浏览器中。'
      : '这个浏览器不允许网页保存进度：关闭或刷新页面会丢失已填的评分，请评完后立即保存评分结果。';
  }

  function firstUnfinished() {
    const found = cases.find((item) => !summaryOf(item.id).complete);
    return found ? found.id : null;
  }

  function show(id) {
    const target = views.has(id) ? id : GUIDE;
    for (const [key, view] of views) view.hidden = key !== target;
    for (const [key, { button }] of navItems) {
      if (key === target) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
    if (state.current !== target) {
      state.current = target;
      persist(false);
    }
    window.scrollTo(0, 0);
  }

  function notice(kind, ...children) {
    notices.replaceChildren(
      h('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, h('div', { class: 'notice-body' }, children), h('button', { type: 'button', class: 'notice-close', 'aria-label': '关闭提示', onclick: () => notices.replaceChildren() }, '×')),
    );
    window.scrollTo(0, 0);
  }

  // ---------- saving the 评分结果 ----------

  function ask(title, body, actions) {
    const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': 'dialog-title' });
    const close = () => {
      dialog.close();
      dialog.remove();
    };
    dialog.append(
      h('h2', { id: 'dialog-title' }, title),
      h('div', { class: 'dialog-body' }, body),
      h(
        'div',
        { class: 'dialog-actions' },
        actions.map((action) =>
          h('button', { type: 'button', class: action.primary ? 'button primary' : 'button', onclick: () => { close(); action.run(); } }, action.label),
        ),
      ),
    );
    dialog.addEventListener('cancel', () => dialog.remove());
    document.body.append(dialog);
    dialog.showModal();
  }

  function startSaving() {
    const summaries = cases.map((item) => ({ item, summary: summaryOf(item.id) }));
    const wrong = summaries.filter(({ summary }) => summary.errors.length > 0);
    if (wrong.length > 0) {
      ask(
        '有分数需要修改',
        [
          h('p', null, '以下分数不符合要求，改正后才能保存评分结果：'),
          h('ul', null, wrong.slice(0, 10).map(({ item, summary }) => h('li', null, `《${item.title}》：${summary.errors.map((error) => `${error.criterion.name}（${error.message}）`).join('、')}`))),
        ],
        [{ label: '去修改', primary: true, run: () => show(wrong[0].item.id) }],
      );
      return;
    }
    const unfinished = summaries.filter(({ summary }) => !summary.complete);
    if (unfinished.length === 0) return void save();
    const none = unfinished.length === cases.length && summaries.every(({ summary }) => !summary.touched);
    if (none) {
      ask('还没有评分', h('p', null, '还没有为任何案例打分。请先评分，再保存评分结果。'), [{ label: '开始评分', primary: true, run: () => show(cases[0].id) }]);
      return;
    }
    ask(
      `还有 ${unfinished.length} 件案例没有评完`,
      [
        h(
          'ul',
          null,
          unfinished.slice(0, 8).map(({ item, summary }) => h('li', null, `《${item.title}》${summary.touched ? `（已打分 ${summary.scored} / ${criteria.length} 项）` : '（未评）'}`)),
          unfinished.length > 8 ? h('li', null, `等 ${unfinished.length} 件`) : null,
        ),
        h('p', null, '可以先保存已填的评分交回；之后评完再次保存并交回，以最后交回的文件为准。'),
      ],
      [
        { label: '继续评分', primary: true, run: () => show(unfinished[0].item.id) },
        { label: '仍然保存', run: () => void save() },
      ],
    );
  }

  async function save() {
    saveButton.disabled = true;
    try {
      const createdAt = new Date().toISOString();
      const { text, count } = await resultFileText(createdAt);
      const fileName = resultFileName();
      download(fileName, text);
      state.resultSavedAt = createdAt;
      state.resultFileName = fileName;
      persist(false);
      const complete = cases.filter((item) => summaryOf(item.id).complete).length;
      notice(
        'success',
        h('strong', null, `已保存评分结果：${fileName}`),
        h('p', null, `含 ${count} 件案例的评分（其中 ${complete} 件已评完），保存于 ${timeOf(createdAt)}。文件在浏览器的“下载”文件夹中，请按约定方式交回，勿修改内容。`),
      );
    } catch (error) {
      notice('error', h('strong', null, '评分结果没有保存成功'), h('p', null, `请重试，或换用较新版本的浏览器打开本文件。（${error && error.message ? error.message : String(error)}）`));
    } finally {
      saveButton.disabled = false;
    }
  }

  /**
   * The same file open in a second window shares this storage: take what the other window wrote,
   * so neither window's next keystroke writes back an older copy over it.
   */
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY || event.newValue === null) return;
    let incoming;
    try {
      incoming = JSON.parse(event.newValue);
    } catch {
      return;
    }
    if (!incoming || typeof incoming !== 'object' || incoming.version !== 1) return;
    Object.assign(state, incoming, { current: state.current });
    for (const item of cases) {
      const draft = draftOf(item.id);
      const parts = caseParts.get(item.id);
      const fill = (input, value) => {
        if (input !== document.activeElement && input.value !== value) input.value = value;
      };
      for (const [key, { score, note }] of parts.fields) {
        fill(score, draft.scores[key] || '');
        fill(note, draft.notes[key] || '');
      }
      fill(parts.comment, draft.comment);
      refreshCase(item.id);
    }
    renderStorageStatus();
  });

  // ---------- start ----------

  for (const item of cases) refreshCase(item.id);
  renderStorageStatus();
  if (state.resultSavedAt) notice('info', h('p', null, `上次保存评分结果：${dateTimeOf(state.resultSavedAt)}（${state.resultFileName || resultFileName()}）。修改评分后请重新保存并交回。`));
  show(state.current && views.has(state.current) ? state.current : GUIDE);
})();
