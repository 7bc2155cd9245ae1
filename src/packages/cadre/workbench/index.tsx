import { PageShell } from '@/components/page-shell'
import { CadreGate } from '@/features/cadre/components/cadre-gate'
import { WorkbenchScreen } from '@/features/cadre/components/workbench-screen'

/** 村务工作台 (cadres only): /packages/cadre/workbench/index */
export default function CadreWorkbenchPage() {
  return (
    <PageShell>
      <CadreGate>
        <WorkbenchScreen />
      </CadreGate>
    </PageShell>
  )
}
