import { Text } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'

export default function Page() {
  return (
    <PageShell>
      <Text>泉服务·掌上办</Text>
    </PageShell>
  )
}
