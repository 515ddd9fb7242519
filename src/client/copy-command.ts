// Copy buttons beside commands: shown only when this script runs (the command stays selectable
// text without it). A button copies the text of the <code> in the same [data-copy-group].
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const code = button.closest('[data-copy-group]')?.querySelector('code');
  if (!code || !navigator.clipboard) continue;
  const label = button.textContent;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Select and copy';
    }
    setTimeout(() => (button.textContent = label), 2000);
  });
}
