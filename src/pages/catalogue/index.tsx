import { PageShell } from '@/components/page-shell'
import { CatalogueScreen } from '@/features/items/components/catalogue-screen'

/** 办事 tab. */
export default function CataloguePage() {
  return (
    <PageShell>
      <CatalogueScreen />
    </PageShell>
  )
}
