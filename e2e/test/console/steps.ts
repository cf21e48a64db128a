import type { Locator } from 'playwright-core';
import type { Page } from './context.js';

/** Steps several journeys take the same way. `scope`: the page or a part of it (a form). */
type Scope = Page | Locator;

/**
 * The API's message on a form field, once it is shown: the input (named `name`, by default the
 * field) is marked invalid and points at the message (aria-describedby).
 */
export async function fieldMessage(scope: Scope, field: string, name = field): Promise<string> {
  const error = scope.locator(`.field-error[data-field="${field}"]`);
  await error.waitFor();
  const input = scope.locator(`[name="${name}"]`);
  await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(input.getAttribute('aria-describedby')).resolves.toContain(await error.getAttribute('id'));
  return (await error.textContent()) ?? '';
}

/** Submits `form` with its button `button`; the API refuses it with `message` on `field`. */
export async function submitRefused(form: Locator, button: string, field: string, message: string): Promise<void> {
  await form.getByRole('button', { name: button }).click();
  await expect(fieldMessage(form, field)).resolves.toBe(message);
}

/** Fills the note of a form with evidence links (a realization, a SAKIP answer) and adds one link with its label. */
export async function fillNoteAndEvidence(scope: Scope, { note, url, label }: { note: string; url: string; label: string }): Promise<void> {
  await scope.getByLabel('Catatan (opsional)').fill(note);
  await scope.getByRole('button', { name: 'Tambah bukti dukung' }).click();
  await scope.getByLabel('Tautan bukti 1').fill(url);
  await scope.getByLabel('Keterangan bukti 1').fill(label);
}
