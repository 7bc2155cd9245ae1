import type { HighlightRange } from '@contract/service-item'

/** A run of text that is either part of the match or not. */
export interface TextSegment {
  text: string
  highlighted: boolean
}

/**
 * Cuts `text` into plain and matched runs from the server's [start, end) ranges. Ranges may come
 * unsorted, overlapping or (if the name changed since indexing) past the end: they are clamped
 * and merged so the rendered name always reads exactly as `text`.
 */
export function splitHighlights(text: string, ranges: readonly HighlightRange[] | undefined): TextSegment[] {
  if (!text) return []
  const valid = (ranges ?? [])
    .map(([start, end]): HighlightRange => [Math.max(0, Math.floor(start)), Math.min(text.length, Math.floor(end))])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0])
  const merged: HighlightRange[] = []
  for (const range of valid) {
    const last = merged[merged.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  const segments: TextSegment[] = []
  let cursor = 0
  for (const [start, end] of merged) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), highlighted: false })
    segments.push({ text: text.slice(start, end), highlighted: true })
    cursor = end
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), highlighted: false })
  return segments
}
