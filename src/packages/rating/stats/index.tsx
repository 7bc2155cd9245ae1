import { PageShell } from '@/components/page-shell'
import { StatsScreen } from '@/features/rating/components/stats-screen'

/** 好差评公示 (no login): /packages/rating/stats/index */
export default function RatingStatsPage() {
  return (
    <PageShell>
      <StatsScreen />
    </PageShell>
  )
}
