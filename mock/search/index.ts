/**
 * Service-item search of the mock backend: `GET /items`, `/items/suggest` and `/items/hot`
 * answer from one CatalogueIndex built at startup from the seed catalogue (`npm run bench`
 * measures it on the full catalogue).
 *
 * What a query matches, per whitespace-separated term (terms are AND-ed; case, full/half width
 * and punctuation do not matter):
 * - the item name: literally, or as a whole inside a longer term (我想办居民身份证换领), by an
 *   official wording of a colloquial fragment (synonyms.ts),
 *   by pinyin (full, spaced, initials, mixed, unfinished last syllable), by homophone characters
 *   (身分证 → 身份证) or by its characters in order with small gaps (社保卡 → 社会保障卡);
 * - an item alias (colloquial name): literally, inside the term (我要开饭店), or by pinyin;
 * - the implementing department's name; a material's name.
 *
 * Ranking tiers (TIER), best first: exact name, name prefix, name contains every term, name holds
 * the official wording of a colloquial term, alias, name by pinyin/homophone/scattered
 * characters, alias by pinyin/homophone, department, material. An item's tier is that of its weakest term. Inside a tier: popularity, then shorter
 * name, then code — popularity never lifts an item into a better tier.
 *
 * Filters: `region` is the exact region code of the item (the city code selects city-level
 * items only, as the route allows city and county codes); `audience` personal/legal also
 * matches items for both; `tags` must all be present; `department` and `theme` by id.
 *
 * `hot(limit, region)`: distinct names by total use across regions; each shown as the region's
 * own item, else the city-level one; names offered neither there nor by the city are left out.
 */
export { createCatalogueIndex, toSummary, TIER } from './catalogue-index'
export type { CatalogueIndex, CatalogueIndexOptions } from './catalogue-index'
export { DEFAULT_SYNONYMS } from './synonyms'
