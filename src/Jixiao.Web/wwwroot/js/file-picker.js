// File inputs in Chinese (Shared/_FilePicker): 选择文件 opens the native picker, which stays out of sight but focusable;
// the chosen files' names (or 未选择文件) show beside it. A page loaded with files already chosen (back button) shows them too.
for (const picker of document.querySelectorAll('[data-file-picker]')) {
  const input = picker.querySelector('input[type=file]');
  const name = picker.querySelector('[data-file-name]');
  const show = () => {
    const files = [...input.files];
    name.textContent = files.length === 0 ? '未选择文件' : files.length === 1 ? files[0].name : `已选择 ${files.length} 个文件：${files.map(f => f.name).join('、')}`;
    name.classList.toggle('text-muted', files.length === 0);
  };
  picker.querySelector('[data-file-button]').addEventListener('click', () => input.click());
  input.addEventListener('change', show);
  show();
}
