// Attachment upload on the form pages: posts the chosen file to the API (the form carries the antiforgery token) and
// reloads to show it in the list; a refusal (type, size, the form's state) is shown beside the input, nothing is stored.
for (const form of document.querySelectorAll('[data-attachment-form]')) {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const error = form.querySelector('[data-attachment-error]');
    error.textContent = '';
    const response = await fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' });
    if (response.ok) {
      location.reload();
      return;
    }
    const problem = await response.json().catch(() => null);
    error.textContent = problem?.detail ?? '附件未上传，请稍后重试。';
  });
}
