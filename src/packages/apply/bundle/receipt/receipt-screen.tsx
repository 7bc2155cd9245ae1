import { Button, Text, View } from '@tarojs/components'
import type { BundleDelivery } from '@contract/bundle'
import type { Case } from '@contract/case'
import { caseDetailUrl, HOME_TAB_PATH } from '@/constants/routes'
import { STATUS_LABELS } from '@/domain/case-lifecycle'
import { NoticeChoice } from '@/features/apply/components/notice-choice'
import { CaseReceiptLoader, ReceiptFact } from '@/features/apply/components/receipt-screen'
import { dueByText, formatDate, formatDateTime, statusText } from '@/features/apply/receipt-format'
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
  return <CaseReceiptLoader caseNo={caseNo} render={(receipt) => <BundleReceipt receipt={receipt} />} />
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
        <ReceiptFact
          label='办件编号'
          value={receipt.caseNo}
          action={{ text: '复制', label: `复制办件编号 ${receipt.caseNo}`, onTap: () => void copyCaseNo(receipt.caseNo) }}
        />
        <ReceiptFact label='查询码' value={receipt.queryCode} />
        <Text className='receipt__note'>凭办件编号和查询码，不用登录也能查询全部事项的办理进度，请妥善保存。</Text>
        <ReceiptFact label='办理事项' value={receipt.item.name} />
        {receipt.agent && <ReceiptFact label='申请人' value={`${receipt.applicant.name}（${receipt.applicant.idNumber}）`} />}
        {receipt.agent && <ReceiptFact label='经办人' value={receipt.agent.name} />}
        <ReceiptFact label='提交时间' value={formatDateTime(receipt.submittedAt)} />
        {receipt.bundle && <ReceiptFact label='领取方式' value={bundleDeliveryText(receipt.bundle.delivery)} />}
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

      {/* As on a single receipt: the notices chosen here are sent for every part (the bundle case subscribes them all). */}
      <NoticeChoice caseNo={receipt.caseNo} initial={receipt.notices} />

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
