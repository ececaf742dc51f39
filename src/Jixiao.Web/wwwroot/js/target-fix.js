// One-click canonical form for a 指标值 the grammar understood but that is not written canonically
// (`12场` → `=12.00(场)`). The parse API names the fix; this only draws the button and applies it.
window.targetFix = (cell, input, parsed) => {
  cell.querySelector('.target-fix')?.remove();
  if (!parsed.fix) return;
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'btn btn-outline-primary btn-sm ms-1 target-fix';
  b.textContent = `改为规范写法 ${parsed.fix}`;
  // Not "第1行指标值…": the input's own label must stay unique for label lookups.
  const label = (input.getAttribute('aria-label') ?? '指标值').replace('指标值', '的指标值');
  b.setAttribute('aria-label', `将${label}改为规范写法 ${parsed.fix}`);
  b.addEventListener('click', () => {
    input.value = parsed.fix;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.focus();
  });
  cell.appendChild(b);
};
