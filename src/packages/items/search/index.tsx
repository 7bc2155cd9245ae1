import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { useEffect, useMemo } from 'react'
import { PageShell } from '@/components/page-shell'
import { SearchScreen } from '@/features/items/components/search-screen'
import { SEARCH_PATH } from '@/constants/routes'
import { parseSearchParams, searchQueryString } from '@/features/items/search-params'

/** 搜索事项: /packages/items/search/index?q=&theme=&department=&region=&audience=&tags=&title= */
export default function SearchPage() {
  const router = useRouter()
  const initial = useMemo(() => parseSearchParams(router.params), [router.params])

  useEffect(() => {
    if (initial.title) void Taro.setNavigationBarTitle({ title: initial.title })
  }, [initial.title])

  // 转发 sends the search (or theme / department list) this page was opened with.
  useShareAppMessage(() => {
    const query = searchQueryString({ ...initial.filters, q: initial.q, title: initial.title })
    return {
      title: initial.title ?? (initial.q ? `搜索事项：${initial.q}` : '泉服务·掌上办 搜索事项'),
      path: query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH,
    }
  })

  return (
    <PageShell>
      <SearchScreen initial={initial} />
    </PageShell>
  )
}
