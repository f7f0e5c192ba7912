// Turns a template's header tree into printed header rows with column and row spans.
import type { HeaderNode } from '../templates/template.ts';
import type { HeaderCell } from './table-model.ts';

function depth(node: HeaderNode): number {
  return node.children?.length ? 1 + Math.max(...node.children.map(depth)) : 1;
}

function width(node: HeaderNode): number {
  return node.children?.length ? node.children.reduce((n, c) => n + width(c), 0) : 1;
}

export function headerRows(nodes: readonly HeaderNode[]): HeaderCell[][] {
  const total = Math.max(...nodes.map(depth));
  const rows: HeaderCell[][] = Array.from({ length: total }, () => []);
  const place = (node: HeaderNode, row: number) => {
    const children = node.children ?? [];
    const rowspan = children.length ? 1 : total - row;
    rows[row]!.push({ label: node.label, colspan: width(node), rowspan });
    for (const child of children) place(child, row + 1);
  };
  for (const node of nodes) place(node, 0);
  return rows;
}

/** Leaf labels, left to right. */
export function headerLeaves(nodes: readonly HeaderNode[]): string[] {
  return nodes.flatMap((n) => (n.children?.length ? headerLeaves(n.children) : [n.label]));
}
