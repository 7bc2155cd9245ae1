import type { ItemSuggestion } from '@contract/service-item'
import { suggestItems } from '@/services/api/items'
import { useRequest } from '@/hooks/use-request'
import type { ApiError } from '@/services/api-error'
import { useDebouncedValue } from './use-debounced-value'

/** Wait this long after the last key before asking for suggestions. */
export const SUGGEST_DEBOUNCE_MS = 200

export interface SuggestionsState {
  suggestions: ItemSuggestion[]
  /** The text the shown suggestions are for. */
  forText: string
  loading: boolean
  error: ApiError | undefined
}

/** Item names matching what is being typed, fetched once typing pauses. */
export function useSuggestions(text: string, enabled: boolean): SuggestionsState {
  const debounced = useDebouncedValue(text.trim(), SUGGEST_DEBOUNCE_MS)
  const active = enabled && debounced !== ''
  const { data, error, loading } = useRequest(
    async () => ({ text: debounced, items: await suggestItems(debounced) }),
    [debounced],
    { enabled: active },
  )
  const current = active && data?.text === debounced
  return {
    suggestions: current && data ? data.items : [],
    forText: current ? debounced : '',
    loading: active && loading,
    error: active ? error : undefined,
  }
}
