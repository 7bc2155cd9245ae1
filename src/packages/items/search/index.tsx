import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useMemo } from 'react'
import { PageShell } from '@/components/page-shell'
import { SearchScreen } from '@/features/items/components/search-screen'
import { parseSearchParams } from '@/features/items/search-params'

/** 搜索事项: /packages/items/search/index?q=&theme=&department=&region=&audience=&tags=&title= */
export default function SearchPage() {
  const router = useRouter()
  const initial = useMemo(() => parseSearchParams(router.params), [router.params])

  useEffect(() => {
    if (initial.title) void Taro.setNavigationBarTitle({ title: initial.title })
  }, [initial.title])

  return (
    <PageShell>
      <SearchScreen initial={initial} />
    </PageShell>
  )
}
