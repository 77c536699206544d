/**
 * URL slug from any text, Lithuanian letters transliterated (ą→a, č→c, ė→e, š→s, ū→u, ž→z...):
 * all of them decompose into a base letter plus combining marks under NFD.
 */
export function toSlug(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= maxLength ? slug : slug.slice(0, maxLength).replace(/-[^-]*$/, '');
}
