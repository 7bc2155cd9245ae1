import { Button, Text, View } from '@tarojs/components'
import type { BundleDelivery } from '@contract/bundle'
import type { Case } from '@contract/case'
import { EmptyState, ErrorState, LoadingState } from '@/components/status-view'
import { caseDetailUrl, HOME_TAB_PATH, MINE_TAB_PATH } from '@/constants/routes'
import { STATUS_LABELS } from '@/domain/case-lifecycle'
import { dueByText, formatDate, formatDateTime, statusText } from '@/features/apply/receipt-format'
import { useRequest } from '@/hooks/use-request'
import { getCase } from '@/services/api/cases'
import { useSessionStore } from '@/stores/session-store'
import { copyCaseNo } from '@/utils/copy-case-no'
import { navigate } from '@/utils/navigate'
import '../../../../features/apply/components/receipt.scss'
import './receipt-screen.scss'

/** 窗口领取：丰泽区行政服务中心 / 邮寄送达：王*，… — how every part's result will reach the person. */
export function bundleDeliveryText(delivery: BundleDelivery & { hallName?: string }): string {
  if (delivery.method === 'mail') return `邮寄送达：${delivery.recipient}，${delivery.address}`
  return `窗口领取：${delivery.hallName ?? '受理窗口'}`
}

/** 回执 of a bundle case, loaded by its number (an H5 reload keeps it), with every part case. */
export function BundleReceiptScreen({ caseNo }: { caseNo: string }) {
  const signedIn = useSessionStore((s) => s.token !== null)
  const state = useRequest(() => getCase(caseNo), [caseNo], { enabled: signedIn && caseNo !== '' })
  if (!signedIn) {
    return (
      <View className='receipt__gate'>
        <EmptyState title='登录后查看回执' hint='回执只给申请人本人看。请到「我的」页面登录后再打开。' />
        <Button className='receipt__primary' onClick={() => void navigate(MINE_TAB_PATH)}>去登录</Button>
      </View>
    )
  }
  const { data, error, loading, reload } = state
  if (!data) {
    if (caseNo === '' || error?.kind === 'not-found' || error?.kind === 'forbidden') {
      return <EmptyState title='没有找到这个办件' hint='请核对办件编号，或到「办件」查看自己的办件' />
    }
    if (error) return <ErrorState error={error} onRetry={() => void reload()} />
    if (loading) return <LoadingState text='正在加载回执…' />
    return null
  }
  return <BundleReceipt receipt={data} />
}

function Fact({ label, value, action }: { label: string; value: string; action?: { text: string; label: string; onTap: () => void } }) {
  return (
    <View className='receipt__fact'>
      <Text className='receipt__label'>{label}</Text>
      <Text className='receipt__value'>{value}</Text>
      {action && <Button className='receipt__copy' aria-label={action.label} onClick={action.onTap}>{action.text}</Button>}
    </View>
  )
}

function BundleReceipt({ receipt }: { receipt: Case }) {
  const parts = receipt.parts ?? []
  const due = dueByText(receipt)
  return (
    <View className='receipt bundle-receipt'>
      <View className='receipt__banner' role='status'>
        <Text className='receipt__headline' role='heading' aria-level={1}>“一件事”申请已提交</Text>
        <Text className='receipt__banner-text'>{statusText(receipt.status)}</Text>
      </View>

      <View className='receipt__section' role='region' aria-label='回执'>
        <Fact
          label='办件编号'
          value={receipt.caseNo}
          action={{ text: '复制', label: `复制办件编号 ${receipt.caseNo}`, onTap: () => void copyCaseNo(receipt.caseNo) }}
        />
        <Fact label='查询码' value={receipt.queryCode} />
        <Text className='receipt__note'>凭办件编号和查询码，不用登录也能查询全部事项的办理进度，请妥善保存。</Text>
        <Fact label='办理事项' value={receipt.item.name} />
        {receipt.agent && <Fact label='申请人' value={`${receipt.applicant.name}（${receipt.applicant.idNumber}）`} />}
        {receipt.agent && <Fact label='经办人' value={receipt.agent.name} />}
        <Fact label='提交时间' value={formatDateTime(receipt.submittedAt)} />
        {receipt.bundle && <Fact label='领取方式' value={bundleDeliveryText(receipt.bundle.delivery)} />}
      </View>

      <View className='receipt__section' role='region' aria-label='分项办件'>
        <Text className='receipt__title' role='heading' aria-level={2}>{`分项办件（共 ${parts.length} 项）`}</Text>
        <Text className='receipt__note'>各部门同时办理，每项都有自己的办件编号；补正和评价在本办件中一次完成。</Text>
        <View role='list' className='bundle-receipt__parts'>
          {parts.map((part) => (
            <View key={part.caseNo} className='bundle-receipt__part' role='listitem'>
              <Text className='bundle-receipt__part-name'>{part.name}</Text>
              <Text className='receipt__note'>{`${part.department.name} · ${STATUS_LABELS[part.status]}${part.deadline ? ` · ${formatDate(part.deadline)}前办结` : ''}`}</Text>
              <Text className='bundle-receipt__part-no'>{`办件编号：${part.caseNo}`}</Text>
            </View>
          ))}
        </View>
      </View>

      <View className='receipt__section' role='region' aria-label='接下来'>
        <Text className='receipt__title' role='heading' aria-level={2}>接下来</Text>
        {due && (
          <View className='receipt__due'>
            <Text className='receipt__due-text'>{due.text}</Text>
            {due.caution && <Text className='receipt__note'>{due.caution}</Text>}
          </View>
        )}
        <View role='list'>
          {NEXT_STEPS.map((step, i) => (
            <View key={step.title} className='receipt__step' role='listitem'>
              <Text className='receipt__step-number' aria-hidden>{String(i + 1)}</Text>
              <View className='receipt__step-body'>
                <Text className='receipt__step-title'>{step.title}</Text>
                <Text className='receipt__step-text'>{step.text}</Text>
              </View>
            </View>
          ))}
        </View>
      </View>

      <View className='receipt__actions'>
        <Button className='receipt__primary' onClick={() => void navigate(caseDetailUrl(receipt.caseNo))}>查看办件进度</Button>
        <Button className='receipt__secondary' onClick={() => void navigate(HOME_TAB_PATH)}>返回首页</Button>
      </View>
    </View>
  )
}

const NEXT_STEPS = [
  { title: '分送各部门', text: '你的申请已分送到每个事项的办理部门，各部门同时审查，不用再分别提交。' },
  { title: '补正（如需要）', text: '任何一个部门需要补充材料，都会在本办件中告诉你，补交一次即可。' },
  { title: '办结送达', text: '每个事项办结都会通知你；全部办结后，结果按你选择的领取方式一次送达。' },
]
