import { parseDocument } from 'htmlparser2';

/**
 * What a browser would build from `text` besides text: every element, comment or directive.
 * An empty list means no markup survived (the oracle for the HTML-stripping tests).
 */
export function markupIn(text: string): string[] {
  const found: string[] = [];
  const walk = (nodes: ReturnType<typeof parseDocument>['children']) => {
    for (const node of nodes) {
      if (node.type !== 'text') found.push('name' in node ? `<${node.name}>` : node.type);
      if ('children' in node) walk(node.children);
    }
  };
  walk(parseDocument(text).children);
  return found;
}
