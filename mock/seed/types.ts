import type { Department } from '../../types/department'
import type { Region } from '../../types/region'
import type { Guide, Theme } from '../../types/service-item'

/** A catalogue entry as the mock holds it: the public guide plus what only search and ranking use. */
export interface CatalogueItem extends Guide {
  /** The service (事项) it implements (`sv-<token of the name>`): the same name in every region. */
  serviceId: string
  /** Every implementation of that service, this one included (shared by all of them). */
  implementations: { id: string; region: { code: string; name: string } }[]
  /** Colloquial names and abbreviations residents type (社保卡, 开饭店, 结婚 …). Never sent to the app. */
  aliases: string[]
  /** Relative frequency of use (cases a year); ranks hot items and breaks search ties. */
  popularity: number
}

/** Everything the mock starts from; deterministic: the same every run. */
export interface Seed {
  regions: Region[]
  departments: Department[]
  themes: Theme[]
  items: CatalogueItem[]
}
