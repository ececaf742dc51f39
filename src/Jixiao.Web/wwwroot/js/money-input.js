// Money inputs: instant feedback while typing, the server decides. This mirrors Jixiao.Domain.Money.MoneyText.ParseEntry
// (digits with or without thousands separators, at most 2 decimals, optionally 元 / 万 / 万元 after the figure, no
// negatives) only so the clerk sees at once why a value is refused and what 139.2万 becomes; every save is read again
// by the domain. Shared by the declaration editor and the 自评表 page: include this file and call
// JixiaoMoney.enhance(input, label) (or mark inputs with data-money="label" to have them enhanced on load).
(() => {
  const fold = text => String(text ?? '')
    .replace(/[０-９]/g, c => String.fromCharCode(c.charCodeAt(0) - 0xFF10 + 48))
    .replace(/，/g, ',').replace(/．/g, '.').replace(/－/g, '-').replace(/（/g, '(').replace(/）/g, ')')
    .trim();
  const bad = reason => ({ ok: false, blank: false, yuan: null, error: reason });

  // Cell grammar: integer := digit+ | digit{1,3} ("," digit{3})+ ; amount := integer ["." digit+] (≤ 2 significant decimals).
  function parseCell(s, maxDecimals) {
    if (s === '') return { ok: false, blank: true, yuan: null, error: null };
    if (/^[-−]/.test(s) || /^\(.*\)$/.test(s)) return bad('金额不能为负数');
    const dot = s.indexOf('.');
    const int = dot < 0 ? s : s.slice(0, dot);
    const frac = dot < 0 ? '' : s.slice(dot + 1);
    if (int === '' || (dot >= 0 && frac === '') || !/^\d*$/.test(frac)) return bad('不是有效的数字');
    let digits = int;
    if (int.includes(',')) {
      if (!/^\d{1,3}(,\d{3})+$/.test(int)) return bad('千分位分隔符位置不正确');
      digits = int.replace(/,/g, '');
    }
    if (!/^\d+$/.test(digits)) return bad('不是有效的数字');
    if (frac.replace(/0+$/, '').length > maxDecimals) return bad(maxDecimals === 2 ? '小数位超过两位' : '按万元填写时小数最多六位（即到分）');
    if (digits.replace(/^0+/, '').length > 16) return bad('金额超出范围');
    return { ok: true, blank: false, digits, frac };
  }

  // Exact: the 元 amount as a string of digits with up to 2 decimals, so 139.2万 never goes through floating point.
  // inWan: the input sits under a 万元 header, so a bare figure is 万元 (Jixiao.Domain.Money.MoneyUnits.Entered).
  function parseIn(text, inWan = false) {
    let s = fold(text);
    let wan = false;
    if (s.endsWith('万元')) { s = s.slice(0, -2).trim(); wan = true; }
    else if (s.endsWith('万')) { s = s.slice(0, -1).trim(); wan = true; }
    else if (s.endsWith('元')) s = s.slice(0, -1).trim();
    else if (inWan && s !== '') wan = true;
    if (wan && s === '') return bad('“万”前面缺少数字');
    const cell = parseCell(s, wan ? 6 : 2);
    if (!cell.ok) return { ...cell, wan };
    let { digits, frac } = cell;
    if (wan) {
      const f = (frac + '000000').slice(0, 6);
      digits = digits + f.slice(0, 4);
      frac = f.slice(4);
    }
    digits = digits.replace(/^0+(?=\d)/, '');
    const fen = (frac + '00').slice(0, 2);
    return { ok: true, blank: false, wan, error: null, text: `${digits}.${fen}`, yuan: Number(`${digits}.${fen}`) };
  }

  // `1,392,000.00`, as the forms print money (MoneyText.Format).
  function formatYuan(plain) {
    const [int, frac = '00'] = String(plain).split('.');
    return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${(frac + '00').slice(0, 2)}`;
  }

  // A 元 amount (`1392000.00`) as the 万元 figure an input under a 万元 header shows: `139.20`, `24.304999` (exact, ≥ 2 decimals).
  function toWan(plain) {
    const [int, frac = '00'] = String(plain).split('.');
    const d = int.padStart(5, '0');
    const whole = d.slice(0, -4).replace(/^0+(?=\d)/, '');
    const part = (d.slice(-4) + (frac + '00').slice(0, 2)).replace(/0+$/, '').padEnd(2, '0');
    return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${part}`;
  }

  // Attaches the feedback line under the input: "= 1,392,000.00 元" for a converted figure, or why it is refused.
  // On leaving the input a valid figure is shown with thousands separators (in 万元 where data-money-unit="万元").
  // onValue(text|null, result) gets every change.
  function enhance(input, label, onValue) {
    const inWan = input.dataset.moneyUnit === '万元';
    const parse = text => parseIn(text, inWan);
    const format = plain => inWan ? toWan(plain) : formatYuan(plain);
    const hint = document.createElement('div');
    hint.className = 'form-text money-hint';
    hint.dataset.testid = 'money-hint';
    hint.id = `${input.id || 'money-' + Math.random().toString(36).slice(2)}-hint`;
    hint.setAttribute('aria-live', 'polite');
    // Beside the field's own 填写说明 (if any), not instead of it.
    input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), hint.id].filter(Boolean).join(' '));
    input.after(hint);
    const show = () => {
      const r = parse(input.value);
      input.classList.toggle('is-invalid', !r.ok && !r.blank);
      hint.classList.toggle('text-danger', !r.ok && !r.blank);
      if (r.blank) hint.textContent = '';
      else if (!r.ok) hint.textContent = inWan
        ? `“${label}”：${r.error}。按万元填写，如 139.2；或写明单位，如 1,392,000元。`
        : `“${label}”：${r.error}。可填 1,392,000.00 或 139.2万元。`;
      else hint.textContent = inWan || r.wan || fold(input.value).replace(/元$/, '') !== format(r.text) ? `= ${formatYuan(r.text)} 元` : '';
      return r;
    };
    input.addEventListener('input', () => { const r = show(); onValue?.(input.value.trim() === '' ? null : input.value, r); });
    input.addEventListener('blur', () => {
      const r = parse(input.value);
      if (!r.ok || input.value === format(r.text)) return;
      input.value = format(r.text);
      show();
      onValue?.(input.value, r);
    });
    // A stored plain figure is shown grouped from the start.
    const first = parse(input.value);
    if (first.ok) input.value = format(first.text);
    show();
    return { show };
  }

  window.JixiaoMoney = { parse: text => parseIn(text), parseIn, format: formatYuan, toWan, enhance };
  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('input[data-money]').forEach(i => enhance(i, i.dataset.money, null));
  });
})();
