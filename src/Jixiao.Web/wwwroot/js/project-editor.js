// Declaration editor: edits the declaration as the API's v1 contract carries it, shows how each target value was understood (one grammar, via
// /api/v1/targets/parse) and the live review findings (/api/v1/projects/{id}/lint), and saves with the concurrency
// stamp read when the page was rendered. No framework: the form is small and the server holds every rule.
(() => {
  const root = document.getElementById('editor');
  if (!root) return;
  const projectId = root.dataset.project;
  let stamp = root.dataset.stamp;
  const serverContent = JSON.parse(root.dataset.content);
  // A local draft (see "Unsaved work" below) the clerk chose to restore replaces the server's content once.
  const draftKey = `jixiao:declaration-draft:${projectId}`;
  const readDraft = () => { try { return JSON.parse(localStorage.getItem(draftKey) ?? 'null'); } catch { return null; } };
  const restoring = sessionStorage.getItem(draftKey) === 'restore' && readDraft();
  sessionStorage.removeItem(draftKey);
  const content = restoring ? restoring.content : serverContent;
  const rowComments = JSON.parse(root.dataset.comments || '[]');
  const tree = JSON.parse(root.dataset.template);
  // The form's own indicator columns (a template's 绩效标准, 数据来源 …), entered as text by key.
  const ownColumns = JSON.parse(root.dataset.columns || '[]');
  // A template that prints the target as 指标性质 / 指标值 / 度量单位 cells (in its order): entered apart, joined into the
  // one stored text by the server (TargetCells.Join via /api/v1/targets/parse), and split from it on load. Else: one input.
  const targetParts = JSON.parse(root.dataset.targetParts || '[]');
  const comparatorChoices = ['', '≥', '≤', '=', '>', '<', '定性'];
  const rowsBody = document.getElementById('rows');
  const status = document.getElementById('save-status');

  const debounce = (fn, ms) => { let t; return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); }; };
  const post = (url, body, method = 'POST') => fetch(url, {
    method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin',
  });

  const findingsList = document.getElementById('live-findings');
  const dismissedList = document.getElementById('live-dismissed');
  const severityName = { error: '错误', warning: '警告', info: '提示' };
  const findingText = f => `${severityName[f.severity]} ${f.ruleId} ${f.indicator ? f.indicator + '：' : f.field ? f.field + '：' : ''}${f.message}`;
  let lintRun = 0;
  const relint = debounce(async () => {
    const run = ++lintRun;
    const r = await post(`/api/v1/projects/${projectId}/lint`, content);
    // Only the latest check is shown: an earlier one answering late would list findings already fixed.
    if (!r.ok || run !== lintRun) return;
    const findings = await r.json();
    if (run !== lintRun) return;
    // A finding a reviewer dismissed (same fact as when dismissed) is listed apart with who and why, not as open.
    const open = findings.filter(f => !f.dismissal);
    const dismissed = findings.filter(f => f.dismissal);
    document.getElementById('finding-count').textContent = open.length;
    findingsList.replaceChildren(...open.map(f => {
      const li = document.createElement('li');
      li.className = `ps-2 mb-1 finding-${f.severity === 'error' ? 'E' : f.severity === 'warning' ? 'W' : 'I'}`;
      li.textContent = findingText(f);
      return li;
    }));
    document.getElementById('dismissed-count').textContent = dismissed.length;
    document.getElementById('live-dismissed-box').classList.toggle('d-none', dismissed.length === 0);
    dismissedList.replaceChildren(...dismissed.map(f => {
      const li = document.createElement('li');
      li.className = 'ps-2 mb-1 border-start border-2 text-muted';
      li.dataset.testid = 'live-dismissed-finding';
      const d = f.dismissal;
      li.textContent = `${findingText(f)}（${d.by}已忽略，原因：${d.reasonName}${d.note ? '，' + d.note : ''}）`;
      return li;
    }));
  }, 400);

  // Header fields and money cells.
  // The form's fields (header, 项目资金, goals): whatever its definition lists, one input each, by key, as the text
  // typed. Every text goes to the server, which decides; a money cell also gets instant feedback (money-input.js):
  // why a figure is refused, beside it, and what 139.2万 becomes.
  content.fields = content.fields ?? {};
  document.querySelectorAll('[data-field]').forEach(input => {
    const held = content.fields[input.dataset.field] ?? '';
    // A list field (项目性质, 项目类别) holding a value outside its list (imported): the value joins the list, marked, and stays.
    if (input.tagName === 'SELECT' && held !== '' && ![...input.options].some(o => o.value === held)) {
      const kept = document.createElement('option');
      kept.value = held;
      kept.textContent = `${held}（原值）`; // short enough for the select at 1366; the title says the rest
      kept.title = `“${held}”是导入或原有的值，不在可选项中；保留原值，或从列表中另选。`;
      kept.dataset.kept = '';
      input.append(kept);
    }
    input.value = held;
    const take = text => { content.fields[input.dataset.field] = text === null || text.trim() === '' ? null : text; relint(); };
    if (input.dataset.kind === 'Money') {
      // Under a 万元 header (data-money-unit) the stored 元 text is shown in 万元, and a bare figure typed there is sent
      // with its unit (`25万`), so the server's one money grammar stores 元 (Jixiao.Domain.Money.MoneyUnits.Entered).
      const inWan = input.dataset.moneyUnit === '万元';
      if (inWan) {
        const stored = window.JixiaoMoney.parseIn(input.value);
        if (stored.ok) input.value = window.JixiaoMoney.toWan(stored.text);
      }
      const inUnit = text => inWan && text !== null && text.trim() !== '' && !/[元万]$/.test(text.trim()) ? `${text.trim()}万` : text;
      window.JixiaoMoney.enhance(input, input.dataset.name, text => take(inUnit(text)));
      return;
    }
    input.addEventListener(input.tagName === 'SELECT' ? 'change' : 'input', () => take(input.value));
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
      amount.id = `subproject-${i + 1}-amount`; amount.dataset.subAmount = '';
      amount.setAttribute('aria-label', `第${i + 1}个子项目预算金额`);
      const amountCell = document.createElement('div');
      amountCell.appendChild(amount);
      // The contract carries a number: a figure that does not read is held back (the save says so) instead of
      // silently keeping the old amount.
      window.JixiaoMoney.enhance(amount, `第${i + 1}个子项目预算金额`, (text, r) => {
        sp.amountYuan = r.ok ? r.yuan : null;
        relint();
      });
      const del = document.createElement('button');
      del.type = 'button'; del.className = 'btn btn-outline-danger btn-sm'; del.textContent = '删除';
      del.setAttribute('aria-label', `删除第${i + 1}个子项目`);
      del.addEventListener('click', () => { content.subProjects.splice(i, 1); renderSubProjects(); relint(); });
      for (const el of [name, amountCell, del]) { const td = document.createElement('td'); td.appendChild(el); tr.appendChild(td); }
      return tr;
    }));
  }
  document.getElementById('add-subproject').addEventListener('click', () => {
    content.subProjects.push({ name: '', amountYuan: null });
    renderSubProjects();
    subBody.lastElementChild.querySelector('input').focus();
  });
  renderSubProjects();

  // 年度履职目标 of a 部门整体 form (ADR-064): four cells a row, the amount in 万元 as typed; every change re-runs the
  // department's 合计核对 on the server (/roll-up) against its units' projects, shown under the table.
  const dutiesBody = document.getElementById('duties');
  const rollupStatus = document.getElementById('rollup-status');
  let rollupRun = 0;
  const recheck = debounce(async () => {
    if (!rollupStatus) return;
    const run = ++rollupRun;
    const r = await post(`/api/v1/projects/${projectId}/roll-up`, content);
    if (run !== rollupRun) return;
    rollupStatus.classList.remove('alert-success', 'alert-warning', 'alert-danger', 'alert-info');
    if (!r.ok) {
      const problem = await r.json().catch(() => ({}));
      rollupStatus.classList.add('alert-danger');
      rollupStatus.textContent = problem.detail ?? `合计核对失败（${r.status}）。`;
      return;
    }
    const rollUp = await r.json();
    if (run !== rollupRun) return;
    const wan = yuan => yuan === null || yuan === undefined ? '—' : (yuan / 10000).toFixed(2);
    const head = `年度履职目标合计 ${wan(rollUp.dutyTotalYuan)} 万元，所属项目申报合计 ${wan(rollUp.declaredTotalYuan)} 万元，项目支出 ${wan(rollUp.projectExpenditureYuan)} 万元。`;
    if (rollUp.pending) {
      // No project of the department this year yet: one plain line, not one "not found" per duty.
      rollupStatus.classList.add('alert-info');
      rollupStatus.textContent = `合计核对：${rollUp.pending}${head}`;
      return;
    }
    if (rollUp.problems.length === 0) {
      rollupStatus.classList.add('alert-success');
      rollupStatus.textContent = `合计核对无误：${head}`;
      return;
    }
    rollupStatus.classList.add('alert-warning');
    const list = document.createElement('ul');
    list.className = 'mb-0';
    list.replaceChildren(...rollUp.problems.map(p => { const li = document.createElement('li'); li.textContent = p; return li; }));
    const intro = document.createElement('p');
    intro.className = 'mb-1';
    intro.textContent = `合计核对发现 ${rollUp.problems.length} 处不一致：${head}`;
    rollupStatus.replaceChildren(intro, list);
  }, 400);
  const changed = () => { relint(); recheck(); };
  if (dutiesBody) {
    content.duties = content.duties ?? [];
    const cells = [['function', '部门职能'], ['task', '年度目标任务'], ['projectName', '支出项目名称'], ['amountWanYuan', '预算金额（万元）']];
    const renderDuties = () => dutiesBody.replaceChildren(...content.duties.map((d, i) => {
      const tr = document.createElement('tr');
      tr.dataset.testid = 'editor-duty';
      for (const [key, label] of cells) {
        // Text cells wrap and grow (a duty or project name cut off at 1366×768 cannot be checked); the amount stays an input.
        const text = key !== 'amountWanYuan';
        const input = text ? oneLine(document.createElement('textarea')) : document.createElement('input');
        input.className = `form-control form-control-sm${text ? ' grow' : ' num'}`;
        if (key === 'amountWanYuan') input.inputMode = 'decimal';
        input.value = d[key] ?? '';
        input.setAttribute('aria-label', `第${i + 1}行${label}`);
        input.addEventListener('input', () => { d[key] = input.value; changed(); });
        const td = document.createElement('td'); td.appendChild(input); tr.appendChild(td);
      }
      const del = document.createElement('button');
      del.type = 'button'; del.className = 'btn btn-outline-danger btn-sm'; del.textContent = '删除';
      del.setAttribute('aria-label', `删除第${i + 1}行履职目标`);
      del.addEventListener('click', () => { content.duties.splice(i, 1); renderDuties(); changed(); });
      const td = document.createElement('td'); td.appendChild(del); tr.appendChild(td);
      return tr;
    }));
    document.getElementById('add-duty').addEventListener('click', () => {
      const last = content.duties[content.duties.length - 1];
      content.duties.push({ function: last?.function ?? '', task: '', projectName: '', amountWanYuan: '' });
      renderDuties();
      dutiesBody.lastElementChild.querySelector('input, textarea').focus();
      changed();
    });
    renderDuties();
  }
  // A header amount (项目支出) takes part in the roll-up too.
  document.querySelectorAll('[data-field]').forEach(input => input.addEventListener(input.tagName === 'SELECT' ? 'change' : 'input', recheck));

  // 指标库 picker: names used before are offered while typing; picking one fills its categories and shows its last target.
  let library = [];
  const searchLibrary = debounce(async (q, then) => {
    if (!q) return;
    const r = await fetch(`/api/v1/indicators?q=${encodeURIComponent(q)}&limit=10`, { credentials: 'same-origin' });
    if (!r.ok) return;
    library = await r.json();
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

  // A text area of one logical line: it wraps and grows, Enter does not break the line.
  function oneLine(area) {
    area.rows = 1;
    area.addEventListener('keydown', e => { if (e.key === 'Enter') e.preventDefault(); });
    return area;
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

    // The name wraps and grows like the target (site.css .grow): a name of 20 characters is read whole at 1366×768. A text
    // area takes no datalist, so the 指标库 entries found while typing are offered as buttons under it.
    const name = oneLine(document.createElement('textarea'));
    name.className = 'form-control form-control-sm grow'; name.value = row.name ?? ''; name.setAttribute('aria-label', `第${n}行三级指标`);
    const nameCell = document.createElement('div');
    nameCell.appendChild(name);
    const offers = document.createElement('div');
    offers.className = 'd-flex flex-wrap gap-1 mt-1'; offers.dataset.testid = 'library-offers';
    nameCell.appendChild(offers);
    const offer = () => offers.replaceChildren(...library.filter(e => e.name !== name.value).slice(0, 5).map(e => {
      const b = document.createElement('button');
      b.type = 'button'; b.className = 'btn btn-outline-secondary btn-sm text-wrap text-start';
      b.textContent = e.name; b.title = `${e.level1}/${e.level2}${e.lastTarget ? ' · 上次 ' + e.lastTarget : ''}`;
      b.addEventListener('click', () => { name.value = e.name; row.name = e.name; offers.replaceChildren(); applyPick(); name.focus(); });
      return b;
    }));
    // The reviewer's comments on this row (a returned form), under its name.
    rowComments.filter(c => row.key && c.anchor === `indicator:${row.key}`).forEach(c => {
      const note = document.createElement('div');
      note.className = 'small border-start border-3 border-warning ps-2 mt-1';
      note.dataset.testid = 'row-comment';
      note.textContent = `审核意见（${c.author}，${c.status}）：${c.text}${c.reply ? '；答复：' + c.reply : ''}`;
      nameCell.appendChild(note);
    });
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
      searchLibrary(name.value, () => { applyPick(); offer(); });
      applyPick();
      relint();
    });

    // A one-line text area that wraps and grows (site.css .grow), so a long target is read whole at 1366×768.
    const target = oneLine(document.createElement('textarea'));
    target.className = 'form-control form-control-sm grow'; target.value = row.targetText ?? ''; target.setAttribute('aria-label', `第${n}行指标值`);
    const understood = document.createElement('td');
    understood.className = 'small'; understood.dataset.testid = 'understood';
    const parsed = document.createElement('span');
    understood.appendChild(parsed);
    // The template's separate cells (none on a one-input form); the value cell is the target input itself.
    const cells = Object.fromEntries(targetParts.map(p => {
      if (p.key === 'target') { target.setAttribute('aria-label', `第${n}行${p.label}`); target.dataset.targetPart = 'value'; return [p.key, target]; }
      const input = p.key === 'comparator' ? document.createElement('select') : document.createElement('input');
      input.className = p.key === 'comparator' ? 'form-select form-select-sm' : 'form-control form-control-sm';
      if (p.key === 'comparator') comparatorChoices.forEach(c => input.appendChild(option(c, '')));
      input.setAttribute('aria-label', `第${n}行${p.label}`); input.dataset.targetPart = p.key;
      return [p.key, input];
    }));
    const split = targetParts.length > 0;
    let cellsTouched = false;
    const fillCells = c => {
      if (!split || cellsTouched) return;
      const comparator = cells.comparator;
      if (comparator) {
        if (![...comparator.options].some(o => o.value === c.comparator)) comparator.appendChild(option(c.comparator, c.comparator));
        comparator.value = c.comparator;
      }
      // Without a 度量单位 cell the unit stays with the value; without 指标性质 the comparator does.
      target.value = `${comparator ? '' : c.comparator === '定性' ? '' : c.comparator}${c.value}${cells.unit ? '' : c.unit}`;
      if (cells.unit) cells.unit.value = c.unit;
    };
    const explain = async () => {
      const fromCells = split && cellsTouched; // as sent: a late answer to the first read must not overwrite typed cells
      const body = fromCells
        ? { cells: { comparator: cells.comparator?.value ?? '', value: target.value, unit: cells.unit?.value ?? '' } }
        : { text: split ? row.targetText ?? '' : target.value };
      const r = await post('/api/v1/targets/parse', body);
      if (!r.ok) return;
      const v = await r.json();
      if (fromCells) row.targetText = v.text; // the one text the server joined the cells into
      fillCells(v.cells);
      const bad = v.nonStandard || (v.kind === 'Quantitative' && !v.unit);
      parsed.textContent = `${v.canonical || '（空）'} · ${v.kindName}${v.unit ? ' · ' + v.unit : ''}${bad || v.fix ? ' · ' + v.explanation : ''}`;
      parsed.classList.toggle('text-danger', bad);
      parsed.classList.toggle('text-muted', !bad);
      // The one-click canonical text is one cell's worth only on a one-input form.
      if (!split) window.targetFix?.(understood, target, v);
    };
    const explainSoon = debounce(explain, 250);
    if (split) {
      // The joined text reaches the row (and the live review) once the server has joined it.
      const joinSoon = debounce(async () => { await explain(); relint(); }, 250);
      Object.values(cells).forEach(input => input.addEventListener(input.tagName === 'SELECT' ? 'change' : 'input', () => { cellsTouched = true; joinSoon(); }));
    } else target.addEventListener('input', () => { row.targetText = target.value; explainSoon(); relint(); });
    explain();

    const tools = document.createElement('td');
    tools.className = 'editor-tools';
    [['↑', '上移', -1], ['↓', '下移', 1]].forEach(([label, title, delta]) => {
      const b = document.createElement('button');
      b.type = 'button'; b.className = 'btn btn-outline-secondary btn-sm me-1'; b.textContent = label; b.title = title;
      b.setAttribute('aria-label', `${title}第${n}行`);
      b.addEventListener('click', () => {
        const to = index + delta;
        if (to < 0 || to >= content.indicators.length) return;
        [content.indicators[index], content.indicators[to]] = [content.indicators[to], content.indicators[index]];
        renderRows(); relint();
        // Keyboard users stay on the row they moved, on the same button, instead of falling to the top of the page.
        rowsBody.children[to].querySelector(`button[title="${title}"]`).focus();
      });
      tools.appendChild(b);
    });
    const del = document.createElement('button');
    del.type = 'button'; del.className = 'btn btn-outline-danger btn-sm'; del.textContent = '删除'; del.setAttribute('aria-label', `删除第${n}行`);
    del.addEventListener('click', () => {
      content.indicators.splice(index, 1); renderRows(); relint();
      // Focus goes to the row that took its place (or the new last row, or 添加指标行 when none is left).
      const next = rowsBody.children[Math.min(index, rowsBody.children.length - 1)];
      (next?.querySelector('.btn-outline-danger') ?? document.getElementById('add-row')).focus();
    });
    tools.appendChild(del);

    const own = ownColumns.map(c => {
      const input = oneLine(document.createElement('textarea'));
      input.className = 'form-control form-control-sm grow'; input.value = row.columns?.[c.key] ?? '';
      input.setAttribute('aria-label', `第${n}行${c.label}`); input.dataset.column = c.key;
      input.addEventListener('input', () => { row.columns = { ...(row.columns ?? {}), [c.key]: input.value }; });
      return input;
    });
    const targetInputs = split ? targetParts.map(p => cells[p.key]) : [target];
    for (const el of [l1, l2, nameCell, ...targetInputs, ...own]) { const td = document.createElement('td'); td.appendChild(el); tr.appendChild(td); }
    tr.appendChild(understood);
    tr.appendChild(tools);
    return tr;
  }

  document.getElementById('add-row').addEventListener('click', () => {
    const last = content.indicators[content.indicators.length - 1];
    content.indicators.push({ key: '00000000-0000-0000-0000-000000000000', level1: last?.level1 ?? tree[0].name,
      level2: last?.level2 ?? tree[0].children[0], name: '', targetText: '' });
    renderRows();
    rowsBody.lastElementChild.querySelector('textarea').focus();
    relint();
  });

  document.getElementById('save').addEventListener('click', async () => {
    const unreadable = [...document.querySelectorAll('[data-sub-amount].is-invalid')];
    if (unreadable.length) {
      status.classList.remove('d-none', 'alert-success');
      status.classList.add('alert-danger');
      status.textContent = `未保存：${unreadable.map(i => i.getAttribute('aria-label')).join('、')}不是有效金额，请按提示修改。`;
      unreadable[0].focus();
      return;
    }
    const r = await post(`/api/v1/projects/${projectId}`, { content, concurrencyStamp: stamp }, 'PUT');
    status.classList.remove('d-none', 'alert-success', 'alert-danger');
    document.querySelectorAll('.range-error').forEach(e => e.remove());
    if (r.ok) {
      const fresh = await (await fetch(`/api/v1/projects/${projectId}`, { credentials: 'same-origin' })).json();
      stamp = fresh.concurrencyStamp;
      content.indicators = fresh.content.indicators;
      savedJson = JSON.stringify(content);
      localStorage.removeItem(draftKey);
      // Said only once the page counts itself saved: a 返回 clicked on seeing it must not ask about unsaved changes.
      status.classList.add('alert-success');
      status.textContent = '已保存。';
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

  // Unsaved work: leaving with changes asks first (closing, reloading, and links of the page), and every change is kept
  // as a draft in this browser, keyed by project and tagged with the version stamp it was made on. On return the draft
  // is offered back — never applied silently, and with a plain warning when the server's version is newer.
  let savedJson = null; // the content as last saved, set once the form is drawn (drawing may normalise a row)
  let leaving = false;
  const dirty = () => savedJson !== null && JSON.stringify(content) !== savedJson;
  const banner = document.getElementById('draft-banner');
  let draftPending = false;
  const keepDraft = debounce(() => {
    if (draftPending) return; // an offered draft stays until the clerk restores or discards it
    if (dirty()) localStorage.setItem(draftKey, JSON.stringify({ stamp, savedAt: new Date().toISOString(), content }));
    else localStorage.removeItem(draftKey);
  }, 300);
  const whenText = iso => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  const offered = !restoring && readDraft();
  if (offered) {
    draftPending = true;
    document.getElementById('draft-text').textContent = offered.stamp === root.dataset.stamp
      ? `本机保留有 ${whenText(offered.savedAt)} 未保存的修改。是否恢复？`
      : `本机保留有 ${whenText(offered.savedAt)} 未保存的修改，但此后服务器上的申报表已有更新。恢复草稿会用草稿内容替换最新内容（保存前可以核对）。`;
    banner.classList.remove('d-none');
    document.getElementById('draft-restore').addEventListener('click', () => {
      sessionStorage.setItem(draftKey, 'restore');
      leaving = true;
      location.reload();
    });
    document.getElementById('draft-discard').addEventListener('click', () => {
      localStorage.removeItem(draftKey);
      draftPending = false;
      banner.classList.add('d-none');
      keepDraft();
    });
  } else if (restoring) {
    status.classList.remove('d-none', 'alert-danger', 'alert-success');
    status.classList.add('alert-warning');
    status.textContent = '已恢复本机草稿，尚未保存。核对后请点“保存”。';
  }
  root.closest('main, body').addEventListener('input', keepDraft);
  root.closest('main, body').addEventListener('change', keepDraft);
  root.closest('main, body').addEventListener('click', keepDraft);
  window.addEventListener('beforeunload', e => {
    if (leaving || !dirty()) return;
    e.preventDefault();
    e.returnValue = '';
  });
  document.addEventListener('click', e => {
    const link = e.target.closest?.('a[href]');
    if (!link || link.target === '_blank' || link.getAttribute('href').startsWith('#') || !dirty()) return;
    if (confirm('有未保存的修改。离开本页将不会保存这些修改（本机保留草稿，回到本页可以恢复）。确定离开吗？')) leaving = true;
    else e.preventDefault();
  });

  renderRows();
  // A restored draft differs from the server by definition; the server's own content is the saved state.
  savedJson = restoring ? JSON.stringify(serverContent) : JSON.stringify(content);
  relint();
  recheck();
})();
