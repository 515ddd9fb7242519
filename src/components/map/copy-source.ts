/**
 * "Copy Mermaid source" buttons. They are rendered `hidden` and shown here, so readers without
 * JavaScript never see a button that cannot work; they can still select the source text.
 */

/** Copies a text, falling back to a selection and `execCommand` where the Clipboard API is unavailable (plain http intranets). */
async function copyText(text: string, source: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(source);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    // The deprecated command is the only way left on insecure origins; failure leaves the text selected for Ctrl+C.
    return document.execCommand('copy');
  }
}

/**
 * The `<pre>` a button copies: the one its `data-copy-source` names, looked for only inside the
 * button's own `<details>`, so no element elsewhere on the page (author content) can stand in for it.
 */
function sourceOf(button: HTMLButtonElement): HTMLElement | undefined {
  const id = button.dataset.copySource;
  const pres = button.closest('details')?.querySelectorAll<HTMLElement>('pre') ?? [];
  return [...pres].find((pre) => pre.id === id);
}

/** Wires every copy button under a root; safe to call again for buttons added later. */
export function wireCopyButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-source]:not([data-wired])')) {
    const source = sourceOf(button);
    if (!source) continue;
    button.dataset.wired = '';
    button.hidden = false;
    const label = button.textContent;
    const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
    button.addEventListener('click', async () => {
      const copied = await copyText(source.textContent ?? '', source);
      const message = copied ? 'Copied' : 'Selected: press Ctrl+C to copy';
      button.textContent = copied ? 'Copied' : label;
      if (status) status.textContent = message;
      setTimeout(() => {
        button.textContent = label;
        if (status) status.textContent = '';
      }, 2000);
    });
  }
}

wireCopyButtons();
