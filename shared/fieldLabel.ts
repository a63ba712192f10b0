/** "partner.contactEmail" → "Contact email": the name of a form field as a person reads it. */
export function fieldLabel(path: string): string {
  const last =
    path
      .split('.')
      .filter((p) => p && !/^\d+$/.test(p))
      .at(-1) ?? path;
  const words = last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
