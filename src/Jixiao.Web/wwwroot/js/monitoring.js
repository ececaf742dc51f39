// Live lights of the 运行监控表: the unsaved entries go to POST /api/v1/monitoring/{project}/{month}/lights and the
// domain's lights (MonitoringLights) and the missing-reason problems are written back. No rule is computed here.
const form = document.getElementById('monitoring-form');
let timer = 0;
let sequence = 0;

const text = v => (v === '' || v === undefined) ? null : v;

function collect() {
  const rows = [...form.querySelectorAll('tr[data-row-key]')].map(tr => {
    const field = name => tr.querySelector(`[data-field="${name}"]`)?.value;
    return {
      key: tr.dataset.rowKey,
      progressText: text(field('progressText')),
      forecastText: text(field('forecastText')),
      tier: text(field('tier')) ?? null,
      likelihood: text(field('likelihood')) ?? null,
      deviationCauses: [...tr.querySelectorAll('[data-field="cause"]:checked')].map(c => c.value),
      deviationReason: text(field('deviationReason')),
      correctiveAction: text(field('correctiveAction')),
    };
  });
  // The entered fields go by the form definition's keys, each as its text (the body's `fields`).
  const fields = {};
  for (const el of form.querySelectorAll('[data-top]')) {
    fields[el.dataset.top] = text(el.value);
  }
  return { fields, rows };
}

const lightCss = { Red: 'text-danger', Yellow: 'text-warning-emphasis', Green: 'text-success' };

function paint(el, light) {
  if (!el) return;
  el.classList.remove(...Object.values(lightCss));
  el.classList.add(lightCss[light]);
}

function setText(selector, value, root = document) {
  const el = root.querySelector(selector);
  if (el) el.textContent = value;
  return el;
}

function show(result) {
  const project = setText('[data-live="projectLight"]', result.projectLightName);
  if (project) project.dataset.light = result.projectLight;
  paint(project, result.projectLight);
  paint(setText('[data-live="budgetLight"]', result.budget.lightName), result.budget.light);
  setText('[data-live="budgetExplanation"]', result.budget.explanation);
  setText('[data-live="rate"]', result.executionRatePercent === null ? '—' : `${Number(result.executionRatePercent).toFixed(2)}%`);
  for (const row of result.rows) {
    const tr = form.querySelector(`tr[data-row-key="${row.key}"]`);
    if (!tr) continue;
    paint(setText('[data-live-row="light"]', row.light.lightName, tr), row.light.light);
    setText('[data-live-row="explanation"]', row.light.explanation, tr);
    setText('[data-live-row="missing"]', row.reasonMissing ? '须填写偏差原因分析和纠偏措施' : '', tr);
  }
  const problems = document.querySelector('[data-live="problems"]');
  problems?.replaceChildren(...result.problems.map(p => {
    const li = document.createElement('li');
    li.textContent = p;
    return li;
  }));
}

async function refresh() {
  const mine = ++sequence;
  const response = await fetch(`/api/v1/monitoring/${form.dataset.projectId}/${form.dataset.month}/lights`, {
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
  const schedule = () => { clearTimeout(timer); timer = setTimeout(refresh, 300); };
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
}
