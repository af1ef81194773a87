import sanitizeHtml from 'sanitize-html';

// The body is kept as a small, safe subset of HTML: structure and emphasis, links over http(s) only.
// No scripts, styles, images or event handlers: media go through asset references with their licence.
const allowed: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'h2', 'h3', 'strong', 'b', 'em', 'i', 'u', 's', 'blockquote', 'ul', 'ol', 'li', 'a', 'code', 'pre'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https'],
  disallowedTagsMode: 'discard',
};

export const MAX_BODY_LENGTH = 100_000;

/** The body as stored: only the allowed tags and attributes survive. */
export function sanitiseBody(html: string): string {
  return sanitizeHtml(html, allowed).trim();
}

const blockEnd = /<\/(p|h2|h3|blockquote|li|pre)>|<br\s*\/?>/gi;

/** The body as plain text for search, screening and platforms without markup. */
export function plainTextOf(safeHtml: string): string {
  const withBreaks = safeHtml.replace(blockEnd, '\n');
  const text = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (entity) => entities[entity] ?? entity);
}
