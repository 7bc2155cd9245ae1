/** Words of 一件事 bundles shared by the guide, the application and the receipt (no Taro, no other feature). */

/** 承诺 5 个工作日办结 / 即办: a part's or the bundle's promised limit in words. */
export function limitLabel(days: number): string {
  return days === 0 ? '即办（当场办结）' : `承诺 ${days} 个工作日办结`
}
