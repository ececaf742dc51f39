// Polls GET /api/v1/jobs/{id} until the job is done, then shows the zip download (bulk export) or the per-file
// results (bulk import) from the job's result JSON. Text goes in with textContent only.
const section = document.getElementById('job');
const id = section?.dataset.jobId;
const bar = section?.querySelector('.progress-bar');
const progress = section?.querySelector('[data-testid="job-progress"]');
const state = section?.querySelector('[data-testid="job-state"]');
const result = section?.querySelector('[data-testid="job-result"]');

const el = (tag, text, attrs = {}) => {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
};

function setProgress(percent) {
  bar.style.width = `${percent}%`;
  bar.textContent = `${percent}%`;
  progress.setAttribute('aria-valuenow', String(percent));
}

function showExport(outcome) {
  const link = el('a', `下载 ${outcome.fileName}（${outcome.forms} 个表单）`, {
    href: `/api/v1/files/${outcome.fileId}`, class: 'btn btn-primary', 'data-testid': 'job-download', download: outcome.fileName,
  });
  result.append(link);
}

function showImport(outcome) {
  result.append(el('p', `共 ${outcome.files} 个文件：成功 ${outcome.succeeded} 个，失败 ${outcome.failed} 个。`, { 'data-testid': 'job-summary' }));
  const table = el('table', null, { class: 'table table-sm table-bordered', 'aria-label': '导入结果', 'data-testid': 'job-files' });
  const head = el('tr');
  for (const h of ['文件', '结果', '新建', '更新', '说明']) head.append(el('th', h));
  const thead = el('thead');
  thead.append(head);
  table.append(thead);
  const body = el('tbody');
  for (const r of outcome.results) {
    const row = el('tr', null, { 'data-status': r.status });
    row.append(el('td', r.file), el('td', r.statusName), el('td', String(r.created), { class: 'num' }), el('td', String(r.updated), { class: 'num' }));
    const note = el('td', r.reason ?? '');
    if (r.forms.length > 0) {
      const list = el('ul', null, { class: 'mb-0 small' });
      for (const f of r.forms) list.append(el('li', f));
      note.append(list);
    }
    row.append(note);
    body.append(row);
  }
  table.append(body);
  result.append(table);
}

async function poll() {
  let job;
  try {
    const response = await fetch(`/api/v1/jobs/${id}`, { headers: { Accept: 'application/json' } });
    if (!response.ok) { state.textContent = '无法获取任务状态。'; return; }
    job = await response.json();
  } catch {
    setTimeout(poll, 2000);
    return;
  }
  setProgress(job.progress);
  if (job.state === 'Succeeded') {
    state.textContent = '已完成。';
    const outcome = JSON.parse(job.result);
    if (section.dataset.jobKind === 'bulk-export') showExport(outcome); else showImport(outcome);
  } else if (job.state === 'Failed') {
    state.textContent = `失败：${job.error ?? ''}`;
    state.classList.add('text-danger');
  } else {
    state.textContent = job.state === 'Queued' ? '排队中……' : '正在处理……';
    setTimeout(poll, 1000);
  }
}

if (id) poll();
