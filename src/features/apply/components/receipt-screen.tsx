import { Button, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { Case } from '@contract/case'
import { ErrorState, LoadingState, EmptyState } from '@/components/status-view'
import { useRequest } from '@/hooks/use-request'
import { copyCaseNo } from '@/utils/copy-case-no'
import { feeText } from '@/utils/fee-text'
import { getCase } from '@/services/api/cases'
import { caseDetailUrl, HOME_TAB_PATH, MINE_TAB_PATH } from '@/constants/routes'
import { useSessionStore } from '@/stores/session-store'
import { navigate } from '@/utils/navigate'
import { dueByText, formatDateTime, nextSteps, statusText } from '../receipt-format'
import { NoticeChoice } from './notice-choice'
import './receipt.scss'

function openCaseDetail(caseNo: string): Promise<void> {
  return navigate(caseDetailUrl(caseNo))
}

/** One line of a receipt (label, value, and an optional action such as 复制). */
export function ReceiptFact({ label, value, action }: { label: string; value: string; action?: { text: string; label: string; onTap: () => void } }) {
  return (
    <View className='receipt__fact'>
      <Text className='receipt__label'>{label}</Text>
      <Text className='receipt__value'>{value}</Text>
      {action && (
        <Button className='receipt__copy' aria-label={action.label} onClick={action.onTap}>{action.text}</Button>
      )}
    </View>
  )
}

/**
 * A receipt's case loaded from the server by its number (so an H5 reload keeps it), with the
 * sign-in gate and the not-found, error and loading states; `render` draws the receipt itself (a
 * single case's, or a 一件事 bundle case's with its parts).
 */
export function CaseReceiptLoader({ caseNo, render }: { caseNo: string; render: (receipt: Case) => ReactNode }) {
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
  return <>{render(data)}</>
}

/** 回执 of a submitted case. */
export function ReceiptScreen({ caseNo }: { caseNo: string }) {
  return <CaseReceiptLoader caseNo={caseNo} render={(receipt) => <Receipt receipt={receipt} />} />
}

function Receipt({ receipt }: { receipt: Case }) {
  const due = dueByText(receipt)
  const fee = feeText(receipt.item.fee)
  return (
    <View className='receipt'>
      <View className='receipt__banner' role='status'>
        <Text className='receipt__headline' role='heading' aria-level={1}>申请已提交</Text>
        <Text className='receipt__banner-text'>{statusText(receipt.status)}</Text>
      </View>

      <View className='receipt__section' role='region' aria-label='回执'>
        <ReceiptFact
          label='办件编号'
          value={receipt.caseNo}
          action={{ text: '复制', label: `复制办件编号 ${receipt.caseNo}`, onTap: () => void copyCaseNo(receipt.caseNo) }}
        />
        <ReceiptFact label='查询码' value={receipt.queryCode} />
        <Text className='receipt__note'>凭办件编号和查询码，不用登录也能查询办理进度，请妥善保存。</Text>
        <ReceiptFact label='办理事项' value={receipt.item.name} />
        {receipt.agent && <ReceiptFact label='申请人' value={`${receipt.applicant.name}（${receipt.applicant.idNumber}）`} />}
        {receipt.agent && <ReceiptFact label='经办人' value={receipt.agent.name} />}
        <ReceiptFact label='办理部门' value={receipt.item.department.name} />
        <ReceiptFact label='提交时间' value={formatDateTime(receipt.submittedAt)} />
        {fee && <ReceiptFact label='费用' value={fee.amount} />}
        {fee?.basis && <Text className='receipt__note'>{fee.basis}</Text>}
        {fee?.payment && <Text className='receipt__note'>{fee.payment}</Text>}
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
          {nextSteps(receipt).map((step, i) => (
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

      <NoticeChoice caseNo={receipt.caseNo} initial={receipt.notices} />

      <View className='receipt__actions'>
        <Button className='receipt__primary' onClick={() => void openCaseDetail(receipt.caseNo)}>查看办件进度</Button>
        <Button className='receipt__secondary' onClick={() => void navigate(HOME_TAB_PATH)}>返回首页</Button>
      </View>
    </View>
  )
}
