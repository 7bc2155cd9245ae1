import type { ItemTag } from '@contract/service-item'

/** The one place that names the item tags (特色标签) for people. */
export const ITEM_TAG_LABELS: Readonly<Record<ItemTag, string>> = {
  'zero-trip': '一趟不用跑',
  'one-trip': '最多跑一趟',
  instant: '即办',
  palm: '掌上办',
  'cross-province': '跨省通办',
  'in-province': '省内通办',
  bundle: '一件事',
}

/**
 * Tags in the order the filter panel and the cards show them. Taken from the labels (whose type
 * already demands every tag) rather than importing types/'s ITEM_TAGS value: the Taro build only
 * compiles src/, so a runtime import from types/ fails to parse there.
 */
export const ORDERED_ITEM_TAGS: readonly ItemTag[] = Object.keys(ITEM_TAG_LABELS) as ItemTag[]

export function itemTagLabel(tag: ItemTag): string {
  return ITEM_TAG_LABELS[tag]
}

export function isItemTag(value: string): value is ItemTag {
  return (ORDERED_ITEM_TAGS as readonly string[]).includes(value)
}
