// Attachment upload and delete on the form pages: posts the chosen file to the API (the form carries the antiforgery token) and
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

// 删除 beside an attachment: asks first, then deletes through the API and reloads; a refusal (the form was submitted or
// approved meanwhile) is shown under the list, nothing is deleted.
for (const button of document.querySelectorAll('[data-attachment-delete]')) {
  button.addEventListener('click', async () => {
    if (!confirm(`删除附件“${button.dataset.name}”？删除后不能恢复。`)) return;
    const error = document.querySelector('[data-attachment-delete-error]');
    error.textContent = '';
    const response = await fetch(button.dataset.attachmentDelete, { method: 'DELETE', credentials: 'same-origin' });
    if (response.ok) {
      location.reload();
      return;
    }
    const problem = await response.json().catch(() => null);
    error.textContent = problem?.detail ?? '附件未删除，请稍后重试。';
  });
}
