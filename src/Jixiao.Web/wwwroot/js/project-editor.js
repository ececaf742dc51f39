// Declaration editor: edits the declaration as the API's v1 contract carries it, shows how each target value was understood (one grammar, via
// /api/v1/targets/parse) and the live review findings (/api/v1/projects/{id}/lint), and saves with the concurrency
// stamp read when the page was rendered. No framework: the form is small and the server holds every rule.
(() => {
  const root = document.getElementById('editor');
  if (!root) return;
  const projectId = root.dataset.project;
  let stamp = root.dataset.stamp;
  const content = JSON.parse(root.dataset.content);
  const tree = JSON.parse(root.dataset.template);
  const rowsBody = document.getElementById('rows');
  const status = document.getElementById('save-status');

  const debounce = (fn, ms) => { let t; return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); }; };
  const post = (url, body, method = 'POST') => fetch(url, {
    method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin',
  });

  const findingsList = document.getElementById('live-findings');
  const severityName = { error: '错误', warning: '警告', info: '提示' };
  const relint = debounce(async () => {
    const r = await post(`/api/v1/projects/${projectId}/lint`, content);
    if (!r.ok) return;
    const findings = await r.json();
    document.getElementById('finding-count').textContent = findings.length;
    findingsList.replaceChildren(...findings.map(f => {
      const li = document.createElement('li');
      li.className = `ps-2 mb-1 finding-${f.severity === 'error' ? 'E' : f.severity === 'warning' ? 'W' : 'I'}`;
      li.textContent = `${severityName[f.severity]} ${f.ruleId} ${f.indicator ? f.indicator + '：' : f.field ? f.field + '：' : ''}${f.message}`;
      return li;
    }));
  }, 400);

  // Header fields and money cells.
  // The form's fields (header, 项目资金, goals): whatever its definition lists, one input each, by key, as the text
  // typed. A money cell is checked here as the server will (0 to 10^13 元, 2 dp) so the clerk sees it at once.
  content.fields = content.fields ?? {};
  document.querySelectorAll('[data-field]').forEach(input => {
    input.value = content.fields[input.dataset.field] ?? '';
    input.addEventListener(input.tagName === 'SELECT' ? 'change' : 'input', () => {
      if (input.dataset.kind === 'Money') {
        const text = input.value.replace(/[,，\s]/g, '');
        const valid = text === '' || (/^\d+(\.\d{1,2})?$/.test(text) && Number(text) <= 1e13);
        input.classList.toggle('is-invalid', !valid);
        if (!valid) return;
      }
      content.fields[input.dataset.field] = input.value.trim() === '' ? null : input.value;
      relint();
    });
  });

  // Narrative sections 一…七.
  content.narrative = content.narrative ?? {};
  document.querySelectorAll('[data-narrative]').forEach(area => {
    area.value = content.narrative[area.dataset.narrative] ?? '';
    area.addEventListener('input', () => {
      if (area.value.trim() === '') delete content.narrative[area.dataset.narrative];
      else content.narrative[area.dataset.narrative] = area.value;
      relint();
    });
  });

  // Sub-projects (项目资金投入构成): MNY-03 checks that they add up to the total.
  const subBody = document.getElementById('subprojects');
  content.subProjects = content.subProjects ?? [];
  function renderSubProjects() {
    subBody.replaceChildren(...content.subProjects.map((sp, i) => {
      const tr = document.createElement('tr');
      const name = document.createElement('input');
      name.className = 'form-control form-control-sm'; name.value = sp.name ?? ''; name.setAttribute('aria-label', `第${i + 1}个子项目名称`);
      name.addEventListener('input', () => { sp.name = name.value; relint(); });
      const amount = document.createElement('input');
      amount.className = 'form-control form-control-sm num'; amount.value = sp.amountYuan ?? ''; amount.inputMode = 'decimal';
      amount.setAttribute('aria-label', `第${i + 1}个子项目预算金额`);
      amount.addEventListener('input', () => {
        const text = amount.value.replace(/[,，\s]/g, '');
        const valid = text === '' || (/^\d+(\.\d{1,2})?$/.test(text) && Number(text) <= 1e13);
        amount.classList.toggle('is-invalid', !valid);
        if (valid) sp.amountYuan = text === '' ? null : Number(text);
        relint();
      });
      const del = document.createElement('button');
      del.type = 'button'; del.className = 'btn btn-outline-danger btn-sm'; del.textContent = '删除';
      del.setAttribute('aria-label', `删除第${i + 1}个子项目`);
      del.addEventListener('click', () => { content.subProjects.splice(i, 1); renderSubProjects(); relint(); });
      for (const el of [name, amount, del]) { const td = document.createElement('td'); td.appendChild(el); tr.appendChild(td); }
      return tr;
    }));
  }
  document.getElementById('add-subproject').addEventListener('click', () => {
    content.subProjects.push({ name: '', amountYuan: null });
    renderSubProjects();
    subBody.lastElementChild.querySelector('input').focus();
  });
  renderSubProjects();

  // 指标库 picker: names used before are offered while typing; picking one fills its categories and shows its last target.
  const options = document.getElementById('indicator-options');
  let library = [];
  const searchLibrary = debounce(async (q, then) => {
    if (!q) return;
    const r = await fetch(`/api/v1/indicators?q=${encodeURIComponent(q)}&limit=10`, { credentials: 'same-origin' });
    if (!r.ok) return;
    library = await r.json();
    options.replaceChildren(...library.map(e => {
      const o = document.createElement('option');
      o.value = e.name;
      o.label = `${e.level1}/${e.level2}${e.lastTarget ? ' · 上次 ' + e.lastTarget : ''}`;
      return o;
    }));
    then?.();
  }, 250);

  // Previous targets and actuals of a picked 指标库 entry, shown under the row's interpretation.
  async function showHistory(id, cell) {
    const r = await fetch(`/api/v1/indicators/${id}`, { credentials: 'same-origin' });
    if (!r.ok) return;
    const h = await r.json();
    const lines = h.rows.slice(0, 4).map(x => `${x.year} ${x.projectName}：目标 ${x.targetText}${x.actualText ? '，实际 ' + x.actualText : ''}`);
    let box = cell.querySelector('.history');
    if (!box) { box = document.createElement('div'); box.className = 'history text-secondary'; box.dataset.testid = 'indicator-history'; cell.appendChild(box); }
    box.textContent = lines.length ? '历年：' + lines.join('；') : '';
  }

  function option(value, selected) {
    const o = document.createElement('option');
    o.value = value; o.textContent = value; o.selected = value === selected;
    return o;
  }

  function renderRows() {
    rowsBody.replaceChildren();
    content.indicators.forEach((row, index) => rowsBody.appendChild(renderRow(row, index)));
  }

  function renderRow(row, index) {
    const tr = document.createElement('tr');
    tr.dataset.testid = 'editor-row';
    const n = index + 1;
    const l1 = document.createElement('select'); l1.className = 'form-select form-select-sm'; l1.setAttribute('aria-label', `第${n}行一级指标`);
    const l2 = document.createElement('select'); l2.className = 'form-select form-select-sm'; l2.setAttribute('aria-label', `第${n}行二级指标`);
    tree.forEach(t => l1.appendChild(option(t.name, row.level1)));
    if (!tree.some(t => t.name === row.level1)) l1.appendChild(option(row.level1 || '', row.level1));
    const fillL2 = () => {
      l2.replaceChildren();
      const children = tree.find(t => t.name === l1.value)?.children ?? [];
      children.forEach(c => l2.appendChild(option(c, row.level2)));
      if (!children.includes(row.level2)) row.level2 = children[0] ?? row.level2;
      l2.value = row.level2;
    };
    fillL2();
    l1.addEventListener('change', () => { row.level1 = l1.value; fillL2(); row.level2 = l2.value; relint(); });
    l2.addEventListener('change', () => { row.level2 = l2.value; relint(); });

    const name = document.createElement('input');
    name.className = 'form-control form-control-sm'; name.value = row.name ?? ''; name.setAttribute('aria-label', `第${n}行三级指标`);
    name.setAttribute('list', 'indicator-options');
    // Applied when the typed name is exactly an entry of the library (now, or once the search answers).
    const applyPick = () => {
      const picked = library.find(e => e.name === name.value);
      if (!picked || !tree.some(t => t.name === picked.level1 && t.children.includes(picked.level2))) return;
      row.level1 = picked.level1; l1.value = picked.level1; fillL2();
      row.level2 = picked.level2; l2.value = picked.level2;
      if (!target.value && picked.lastTarget) target.placeholder = `上次：${picked.lastTarget}`;
      showHistory(picked.id, understood);
      relint();
    };
    name.addEventListener('input', () => {
      row.name = name.value;
      searchLibrary(name.value, applyPick);
      applyPick();
      relint();
    });

    const target = document.createElement('input');
    target.className = 'form-control form-control-sm'; target.value = row.targetText ?? ''; target.setAttribute('aria-label', `第${n}行指标值`);
    const understood = document.createElement('td');
    understood.className = 'small'; understood.dataset.testid = 'understood';
    const parsed = document.createElement('span');
    understood.appendChild(parsed);
    const explain = async () => {
      const r = await post('/api/v1/targets/parse', { text: target.value });
      if (!r.ok) return;
      const v = await r.json();
      const bad = v.nonStandard || (v.kind === 'Quantitative' && !v.unit);
      parsed.textContent = `${v.canonical || '（空）'} · ${v.kindName}${v.unit ? ' · ' + v.unit : ''}${bad || v.fix ? ' · ' + v.explanation : ''}`;
      parsed.classList.toggle('text-danger', bad);
      parsed.classList.toggle('text-muted', !bad);
      window.targetFix?.(understood, target, v);
    };
    const explainSoon = debounce(explain, 250);
    target.addEventListener('input', () => { row.targetText = target.value; explainSoon(); relint(); });
    explain();

    const tools = document.createElement('td');
    tools.className = 'text-nowrap';
    [['↑', '上移', -1], ['↓', '下移', 1]].forEach(([label, title, delta]) => {
      const b = document.createElement('button');
      b.type = 'button'; b.className = 'btn btn-outline-secondary btn-sm me-1'; b.textContent = label; b.title = title;
      b.setAttribute('aria-label', `${title}第${n}行`);
      b.addEventListener('click', () => {
        const to = index + delta;
        if (to < 0 || to >= content.indicators.length) return;
        [content.indicators[index], content.indicators[to]] = [content.indicators[to], content.indicators[index]];
        renderRows(); relint();
      });
      tools.appendChild(b);
    });
    const del = document.createElement('button');
    del.type = 'button'; del.className = 'btn btn-outline-danger btn-sm'; del.textContent = '删除'; del.setAttribute('aria-label', `删除第${n}行`);
    del.addEventListener('click', () => { content.indicators.splice(index, 1); renderRows(); relint(); });
    tools.appendChild(del);

    for (const el of [l1, l2, name, target]) { const td = document.createElement('td'); td.appendChild(el); tr.appendChild(td); }
    tr.appendChild(understood);
    tr.appendChild(tools);
    return tr;
  }

  document.getElementById('add-row').addEventListener('click', () => {
    const last = content.indicators[content.indicators.length - 1];
    content.indicators.push({ key: '00000000-0000-0000-0000-000000000000', level1: last?.level1 ?? tree[0].name,
      level2: last?.level2 ?? tree[0].children[0], name: '', targetText: '' });
    renderRows();
    rowsBody.lastElementChild.querySelectorAll('input')[0].focus();
    relint();
  });

  document.getElementById('save').addEventListener('click', async () => {
    const r = await post(`/api/v1/projects/${projectId}`, { content, concurrencyStamp: stamp }, 'PUT');
    status.classList.remove('d-none', 'alert-success', 'alert-danger');
    document.querySelectorAll('.range-error').forEach(e => e.remove());
    if (r.ok) {
      status.classList.add('alert-success');
      status.textContent = '已保存。';
      const fresh = await (await fetch(`/api/v1/projects/${projectId}`, { credentials: 'same-origin' })).json();
      stamp = fresh.concurrencyStamp;
      content.indicators = fresh.content.indicators;
    } else {
      status.classList.add('alert-danger');
      const problem = await r.json().catch(() => ({}));
      status.textContent = problem.detail ?? `保存失败（${r.status}）。`;
      // A refused value: its message also goes next to the field it names (`fields.<key>`, `funds.<cell>` or the bare key).
      for (const [key, messages] of Object.entries(problem.errors ?? {})) {
        const field = key.startsWith('funds.') ? key.slice(6) : key.startsWith('fields.') ? key.slice(7) : key;
        const input = document.querySelector(`[data-field="${CSS.escape(field)}"]`);
        if (!input) continue;
        input.classList.add('is-invalid');
        const note = document.createElement('div');
        note.className = 'invalid-feedback range-error';
        note.textContent = messages.join(' ');
        input.after(note);
      }
    }
  });

  renderRows();
  relint();
})();
