// Copy buttons beside commands: shown only when this script runs (the command stays selectable
// text without it). A button copies the text of the <code> in the same [data-copy-group].
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const group = button.closest('[data-copy-group]');
  const code = group?.querySelector('code');
  // A status region announces the outcome; a button's changed label is not read out.
  const status = group?.querySelector<HTMLElement>('[role="status"]');
  if (!code || !navigator.clipboard) continue;
  const label = button.textContent;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      button.textContent = 'Copied';
      if (status) status.textContent = 'Command copied';
    } catch {
      button.textContent = 'Select and copy';
      if (status) status.textContent = 'Could not copy; select the command and copy it';
    }
    setTimeout(() => {
      button.textContent = label;
      if (status) status.textContent = '';
    }, 2000);
  });
}
