// Live DSC check while editing a disclosure package: the edited amounts go to the check API (nothing is saved)
// and the findings it returns replace the list beside the form. Saving still goes through the form POST.
const form = document.getElementById('disclosure-edit');
const list = document.getElementById('live-findings');
const status = document.getElementById('live-status');
const amountPattern = /^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/;
const severityNames = { Error: '错误', Warning: '警告', Info: '提示' };
const severityCodes = { Error: 'E', Warning: 'W', Info: 'I' };
const badgeClasses = { Error: 'danger', Warning: 'warning', Info: 'info' };
let timer = 0;
let sequence = 0;

function collect() {
  const amounts = {};
  let valid = true;
  for (const input of form.querySelectorAll('input[data-cell]')) {
    const text = input.value.trim();
    const ok = text === '' || amountPattern.test(text);
    input.classList.toggle('is-invalid', !ok);
    if (!ok) { valid = false; continue; }
    amounts[input.dataset.cell] = text === '' ? null : text.replaceAll(',', '');
  }
  return valid ? amounts : null;
}

function render(findings) {
  list.replaceChildren();
  if (findings.length === 0) {
    const p = document.createElement('p');
    p.className = 'small text-success mb-0';
    p.textContent = '未发现问题。';
    list.append(p);
    return;
  }
  const ul = document.createElement('ul');
  ul.className = 'list-unstyled small mb-0';
  for (const f of findings) {
    const li = document.createElement('li');
    li.className = `finding-${severityCodes[f.severity] ?? 'I'} ps-2 mb-2`;
    li.dataset.testid = 'finding';
    li.dataset.rule = f.ruleId;
    const badge = document.createElement('span');
    badge.className = `badge text-bg-${badgeClasses[f.severity] ?? 'info'}`;
    badge.textContent = `${f.ruleId} · ${severityNames[f.severity] ?? f.severity}`;
    const where = document.createElement('span');
    where.className = 'text-muted ms-1';
    where.textContent = f.table ?? '';
    const message = document.createElement('div');
    message.textContent = f.message;
    li.append(badge, where, message);
    ul.append(li);
  }
  list.append(ul);
}

async function check() {
  const amounts = collect();
  if (amounts === null) { status.textContent = '（有金额格式错误）'; return; }
  const mine = ++sequence;
  status.textContent = '（检查中…）';
  try {
    const response = await fetch(form.dataset.checkUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ amounts }),
    });
    if (mine !== sequence) return;
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      status.textContent = `（${problem.detail ?? '检查失败'}）`;
      return;
    }
    render(await response.json());
    status.textContent = '（按当前填写，尚未保存）';
  } catch {
    if (mine === sequence) status.textContent = '（网络错误，稍后重试）';
  }
}

if (form && list) {
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(check, 400);
  });
}
