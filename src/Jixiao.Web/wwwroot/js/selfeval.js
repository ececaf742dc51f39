// Live scoring of the 自评表: on every edit the unsaved form goes to POST /api/v1/self-evaluations/{id}/score and the
// domain scorer's answer (scores, the plain-Chinese 得分计算说明, total, grade, findings) is written back. No rule is computed here.
const form = document.getElementById('selfeval-form');
const id = form?.dataset.selfevalId;
let timer = 0;
let sequence = 0;

const num = v => (v === '' || v === null || v === undefined) ? null : Number(v);
const textOf = v => (v === '' || v === null || v === undefined) ? null : v;
const f2 = v => (v === null || v === undefined) ? '—' : Number(v).toFixed(2);
// A computed 元 amount as its input shows it: grouped, in 万元 under a 万元 header (money-input.js).
const money = (v, input) => {
  if (v === null || v === undefined) return '';
  const plain = Number(v).toFixed(2);
  if (!window.JixiaoMoney) return plain;
  return input.dataset.moneyUnit === '万元' ? window.JixiaoMoney.toWan(plain) : window.JixiaoMoney.format(plain);
};
// Under a 万元 header a bare figure is 万元: sent with its unit, so the server's one money grammar reads it (MoneyUnits.Entered).
const fundText = input => {
  const text = textOf(input.value.trim());
  return text !== null && input.dataset.moneyUnit === '万元' && !/[元万]$/.test(text) ? `${text}万` : text;
};

function collect() {
  // 项目资金 cells and entered fields go by the form definition's keys, each as its text.
  const funds = {};
  for (const input of form.querySelectorAll('[data-fund]')) {
    const row = (funds[input.dataset.fund] ??= {});
    row[input.dataset.col] = input.dataset.money !== undefined ? fundText(input) : textOf(input.value);
  }
  const fields = {};
  for (const input of form.querySelectorAll('[data-field-top]')) {
    fields[input.dataset.fieldTop] = textOf(input.value);
  }
  const rows = [...form.querySelectorAll('tr[data-row-key]')].map(tr => {
    const value = name => tr.querySelector(`[data-field="${name}"]`);
    const enabled = el => el && !el.disabled ? el.value : '';
    return {
      key: tr.dataset.rowKey,
      actualText: value('actualText')?.value ?? null,
      weight: num(value('weight')?.value ?? ''),
      score: num(enabled(value('score'))),
      tier: enabled(value('tier')) || null,
      deviationReason: value('deviationReason')?.value ?? null,
    };
  });
  return { fields, funds, rows };
}

function setText(selector, text, root = document) {
  const el = root.querySelector(selector);
  if (el) el.textContent = text;
}

function list(el, items, render) {
  if (!el) return;
  el.replaceChildren(...items.map(item => {
    const li = document.createElement('li');
    render(li, item);
    return li;
  }));
}

function show(score) {
  setText('[data-live="total"]', f2(score.computedTotal));
  setText('[data-live="total2"]', f2(score.computedTotal));
  setText('[data-live="grade"]', score.computedGrade);
  setText('[data-live="weightTotal"]', f2(score.weightTotal));
  setText('[data-live="rate"]', score.executionRateDisplay === null ? '不适用' : `${f2(score.executionRateDisplay)}%`);
  setText('[data-live="execScore"]', f2(score.executionScore));
  setText('[data-live="blocks"]', score.blocksSubmit ? `尚有 ${score.blocking.length} 个错误级问题，暂不能提交。` : '无错误级问题，可以提交。');
  const totals = { initialBudget: score.initialBudget, adjustedBudget: score.adjustedBudget, expenditure: score.expenditure };
  for (const [col, value] of Object.entries(totals)) {
    const input = form.querySelector(`[data-fund="total"][data-col="${col}"]`);
    if (input && document.activeElement !== input) input.value = money(value, input);
  }
  list(document.querySelector('[data-live="explanation"]'), score.explanation, (li, line) => {
    li.textContent = line.text;
    if (line.code) {
      const code = document.createElement('code');
      code.className = 'ms-1 text-muted';
      code.title = '计分规则编号';
      code.textContent = line.code;
      li.append(' ', code);
    }
  });
  // Each finding once: a row's warnings and errors are shown in its row, the list holds the form's own and the rows' notes.
  const panel = document.querySelector('[data-live="findings"]');
  const inRows = panel?.dataset.rowFindings === 'true';
  const findings = score.findings.concat(score.rows.flatMap(r => r.findings.filter(f => !inRows || f.severity === 'Info')));
  list(panel, findings, (li, f) => {
    li.className = `finding-${f.severity[0]} ps-2 mb-1 small`;
    li.textContent = f.text;
  });
  for (const row of score.rows) {
    const tr = form.querySelector(`tr[data-row-key="${row.key}"]`);
    if (!tr) continue;
    setText('[data-live-row="score"]', f2(row.score), tr);
    setText('[data-live-row="findings"]',
      row.findings.filter(f => f.severity !== 'Info').map(f => `${f.ruleId} ${f.message}`).join('；'), tr);
    const manual = tr.querySelector('[data-manual]');
    manual?.classList.toggle('d-none', !row.manualEntry);
    for (const el of manual?.querySelectorAll('select, input') ?? []) el.disabled = !row.manualEntry;
    const trail = tr.nextElementSibling;
    if (trail) {
      setText('[data-live-row="explanation"]', row.explanation.text, trail);
      setText('[data-live-row="rule"]', row.explanation.code, trail);
    }
  }
}

// Each weight pool's 分值 sum as typed, at once (rows carry their pool from the server; the required weight too).
function showPoolSums() {
  for (const sum of document.querySelectorAll('[data-pool-sum]')) {
    let total = 0;
    for (const tr of form.querySelectorAll(`tr[data-pool="${sum.dataset.poolSum}"]`)) {
      total += num(tr.querySelector('[data-field="weight"]')?.value ?? '') ?? 0;
    }
    // Cents as integers, so 8.33 × 5 + 8.35 compares equal to 50.
    const value = Math.round(total * 100) / 100;
    setText('[data-pool-value]', f2(value), sum);
    sum.classList.toggle('text-danger', Math.round(value * 100) !== Math.round(Number(sum.dataset.poolWeight) * 100));
  }
}

async function rescore() {
  const mine = ++sequence;
  const response = await fetch(`/api/v1/self-evaluations/${id}/score`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(collect()),
    credentials: 'same-origin',
  });
  // A slower, older answer must not overwrite a newer one.
  if (!response.ok || mine !== sequence) return;
  show(await response.json());
}

if (form && form.dataset.editable === 'true') {
  const schedule = () => { clearTimeout(timer); timer = setTimeout(rescore, 300); };
  form.addEventListener('input', schedule);
  form.addEventListener('input', showPoolSums);
  form.addEventListener('change', schedule);
}
