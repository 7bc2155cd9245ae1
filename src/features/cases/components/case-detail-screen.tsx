import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useRef, useState, type ReactNode } from 'react'
import type { Case } from '@contract/case'
import { EmptyState, ErrorState, LoadingState } from '@/components/status-view'
import { complaintUrl, MINE_TAB_PATH, myRatingsUrl, rateUrl } from '@/constants/routes'
import { offersComplaint } from '@/domain/case-lifecycle'
import { LEVEL_LABELS } from '@/domain/rating-rules'
import { useRequest } from '@/hooks/use-request'
import { getCase, withdrawCase } from '@/services/api/cases'
import { toApiError } from '@/services/http'
import { useSessionStore } from '@/stores/session-store'
import { copyCaseNo, copyQueryCode } from '@/utils/copy-case-no'
import { feeText } from '@/utils/fee-text'
import { navigate } from '@/utils/navigate'
import { bundleProgressText } from '../bundle-format'
import { formatDateTime } from '../format'
import { openLookup, openSupplement } from '../navigation'
import { BundleDeliveryView, BundleMembership, BundleParts, BundleSupplements, IndustryLicenseCard, type RenderLicenseQr } from './bundle-sections'
import { BundleMark } from './bundle-progress'
import { CaseSteps } from './case-steps'
import { CaseTimeline } from './case-timeline'
import { DeadlineView } from './deadline-view'
import { StatusChip } from './status-chip'
import './case-detail.scss'

/**
 * 办件详情: progress, deadline, 补正, result, timeline and what was submitted; 撤回 before acceptance.
 * A 一件事 bundle case (`parts`) adds its parts, one delivery and the 行业综合许可证 (its QR drawn by
 * `renderLicenseQr`); a part case says which bundle it belongs to.
 */
export function CaseDetailScreen({ caseNo, partCaseNo = '', renderLicenseQr }: { caseNo: string; partCaseNo?: string; renderLicenseQr?: RenderLicenseQr }) {
  const signedIn = useSessionStore((s) => s.token !== null)
  const { data, error, loading, reload } = useRequest(() => getCase(caseNo), [caseNo], { enabled: signedIn && caseNo !== '' })

  // Coming back from 补正 (or from WeChat after a notice) shows the case as it stands now.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current && signedIn && caseNo) void reload()
    shown.current = true
  })
  usePullDownRefresh(() => {
    void (signedIn && caseNo ? reload() : Promise.resolve()).finally(() => Taro.stopPullDownRefresh())
  })

  if (!signedIn) {
    return (
      <View className='case-detail__gate'>
        <EmptyState title='登录后查看办件' hint='办件详情只给申请人本人看。也可以不登录，凭办件编号和查询码查询进度。' />
        <Button className='case-detail__primary' onClick={() => void navigate(MINE_TAB_PATH)}>去登录</Button>
        <Button className='case-detail__secondary' onClick={() => void openLookup(caseNo || undefined)}>不登录查询（办件编号 + 查询码）</Button>
      </View>
    )
  }
  if (!data) {
    if (caseNo === '' || error?.kind === 'not-found' || error?.kind === 'forbidden') {
      return <EmptyState title='没有找到这个办件' hint='请核对办件编号，或到「办件」查看自己的办件' />
    }
    if (error) return <ErrorState error={error} onRetry={() => void reload()} />
    if (loading) return <LoadingState text='正在加载办件…' />
    return null
  }
  return <CaseDetail value={data} onChanged={reload} partCaseNo={partCaseNo} renderLicenseQr={renderLicenseQr} />
}

interface CaseDetailProps {
  value: Case
  onChanged: () => Promise<void>
  /** 一件事: the part a message was about (`?part=`), marked among the parts. */
  partCaseNo: string
  renderLicenseQr?: RenderLicenseQr
}

function CaseDetail({ value, onChanged, partCaseNo, renderLicenseQr }: CaseDetailProps) {
  const fee = feeText(value.item.fee)
  const bundle = value.parts && value.bundle ? { parts: value.parts, info: value.bundle } : null
  // A part case's 补正 and rating belong to its bundle case: it points there instead.
  const partOf = value.bundleCaseNo ?? null
  const mayAct = !value.viewerIsApplicant
  let supplement: ReactNode = null
  if (bundle) supplement = mayAct ? <BundleSupplements value={value} /> : null
  else if (value.supplement && mayAct) supplement = <SupplementNeeded value={value} bundleCaseNo={partOf} />
  return (
    <View className='case-detail'>
      <View className='case-detail__section'>
        <View className='case-detail__head'>
          {bundle && <BundleMark />}
          <Text className='case-detail__name' role='heading' aria-level={1}>{value.item.name}</Text>
          <StatusChip status={value.status} />
        </View>
        <View className='case-detail__number'>
          <Text className='case-detail__meta'>{`办件编号 ${value.caseNo}`}</Text>
          <Button className='case-detail__copy' aria-label={`复制办件编号 ${value.caseNo}`} onClick={() => void copyCaseNo(value.caseNo)}>复制</Button>
        </View>
        <View className='case-detail__number'>
          <Text className='case-detail__meta'>{`查询码 ${value.queryCode}`}</Text>
          <Button className='case-detail__copy' aria-label={`复制查询码 ${value.queryCode}`} onClick={() => void copyQueryCode(value.caseNo, value.queryCode)}>复制</Button>
        </View>
        <Text className='case-detail__meta'>凭办件编号和查询码，家人不登录也能查进度</Text>
        {value.agent && (
          <>
            <Text className='case-detail__meta'>{`申请人 ${value.applicant.name}（身份证号 ${value.applicant.idNumber}）`}</Text>
            <Text className='case-detail__meta'>{`经办人 ${value.agent.name}（代为申请的家人）`}</Text>
            {value.viewerIsApplicant && <Text className='case-detail__meta'>本办件由家人代您申请；撤回、补正和评价由经办人办理。</Text>}
          </>
        )}
        {/* 一件事: the bundle's department leads; each part's own is listed with the part. */}
        <Text className='case-detail__meta'>{`${bundle ? '牵头部门' : '办理部门'} ${value.item.department.name}`}</Text>
        {fee && <Text className='case-detail__meta'>{`费用 ${fee.amount}${fee.basis ? `（${fee.basis}）` : ''}`}</Text>}
        <Text className='case-detail__meta'>{`提交时间 ${formatDateTime(value.submittedAt)}`}</Text>
      </View>

      {partOf && <BundleMembership bundleCaseNo={partOf} />}

      {supplement}

      <View className='case-detail__section' role='region' aria-label='办理进度'>
        <Text className='case-detail__title' role='heading' aria-level={2}>办理进度</Text>
        {bundle && <Text className='case-detail__text'>{bundleProgressText({ concludedParts: bundle.info.concludedParts, partCount: bundle.parts.length })}</Text>}
        <CaseSteps step={value.step} status={value.status} ending={value.ending} />
        <View className='case-detail__deadline'>
          <DeadlineView deadline={value} />
          {value.concludedAt && <Text className='case-detail__meta'>{`办结时间 ${formatDateTime(value.concludedAt)}`}</Text>}
        </View>
      </View>

      {bundle && <BundleParts parts={bundle.parts} info={bundle.info} focusPart={partCaseNo} />}

      {bundle?.info.industryLicense && <IndustryLicenseCard license={bundle.info.industryLicense} renderQr={renderLicenseQr} />}

      {bundle && <BundleDeliveryView delivery={bundle.info.delivery} />}

      {value.remedy && <Remedy value={value} />}

      {value.result && (
        <View className='case-detail__section' role='region' aria-label='办理结果'>
          <Text className='case-detail__title' role='heading' aria-level={2}>办理结果</Text>
          <Text className='case-detail__text'>{value.result.text}</Text>
          {/* A part's results come with the bundle's one delivery (on the bundle case), not its item's
              own ways; on the bundle case that delivery has its own section above, so it is not repeated. */}
          {value.result.delivery.length > 0 && !partOf && !bundle && (
            <>
              <Text className='case-detail__subtitle' role='heading' aria-level={3}>领取方式</Text>
              <View role='list'>
                {value.result.delivery.map((way) => (
                  <Text key={way} className='case-detail__bullet' role='listitem'>{way}</Text>
                ))}
              </View>
            </>
          )}
        </View>
      )}

      <View className='case-detail__section' role='region' aria-label='办理记录'>
        <Text className='case-detail__title' role='heading' aria-level={2}>办理记录</Text>
        <CaseTimeline entries={value.timeline} />
      </View>

      {value.status === 'concluded' && mayAct && !partOf && <RatingBlock value={value} />}

      {offersComplaint(value) && !value.viewerIsApplicant && <WayOut value={value} />}

      <Submitted value={value} />

      {value.canWithdraw && <Withdraw caseNo={value.caseNo} bundle={bundle !== null} onDone={onChanged} />}
    </View>
  )
}

/** What the back office asked for, and why, with the way to hand it in (on a part case: in its bundle). */
function SupplementNeeded({ value, bundleCaseNo }: { value: Case; bundleCaseNo: string | null }) {
  const supplement = value.supplement!
  return (
    <View className='case-detail__section case-detail__supplement' role='region' aria-label='需要补正'>
      <Text className='case-detail__title case-detail__title--warning' role='heading' aria-level={2}>需要补正</Text>
      <Text className='case-detail__text'>{`原因：${supplement.note}`}</Text>
      <Text className='case-detail__subtitle'>请补充以下材料</Text>
      <View role='list'>
        {supplement.items.map((item) => (
          <Text key={item} className='case-detail__bullet' role='listitem'>{item}</Text>
        ))}
      </View>
      <Text className='case-detail__meta'>{`${formatDateTime(supplement.requestedAt)} 提出；补正期间暂停计时`}</Text>
      <Button
        className='case-detail__primary'
        onClick={() => void (bundleCaseNo ? openSupplement(bundleCaseNo, value.caseNo) : openSupplement(value.caseNo))}
      >
        去补正
      </Button>
    </View>
  )
}

/** 好差评 of a concluded case: the way to rate it before the deadline, or the rating it has. */
function RatingBlock({ value }: { value: Case }) {
  const rating = value.rating
  return (
    <View className='case-detail__section' role='region' aria-label='评价'>
      <Text className='case-detail__title' role='heading' aria-level={2}>评价</Text>
      {rating ? (
        <>
          <Text className='case-detail__text'>{`您的评价：${LEVEL_LABELS[rating.level]}`}</Text>
          {rating.source === 'default' && <Text className='case-detail__meta'>系统默认好评（7 天内未评价，默认记为「满意」）</Text>}
          <Button className='case-detail__secondary' onClick={() => void navigate(myRatingsUrl())}>查看我的评价</Button>
        </>
      ) : (
        <>
          <Text className='case-detail__text'>办理得怎么样？欢迎评价，您的评价帮助部门改进服务。</Text>
          {value.rateBy && <Text className='case-detail__meta'>{`评价截止 ${formatDateTime(value.rateBy)}，逾期未评价默认记为「满意」`}</Text>}
          <Button className='case-detail__primary' onClick={() => void navigate(rateUrl(value.caseNo))}>去评价</Button>
        </>
      )}
    </View>
  )
}

/** 不予受理 / 不予许可 / withdrawn: what the person can still do, with the body that reviews it. */
function Remedy({ value }: { value: Case }) {
  const remedy = value.remedy!
  return (
    <View className='case-detail__section' role='region' aria-label={remedy.title}>
      <Text className='case-detail__title' role='heading' aria-level={2}>{remedy.title}</Text>
      <Text className='case-detail__text'>{remedy.text}</Text>
      {remedy.reviewBody && <Text className='case-detail__meta'>{`行政复议机关 ${remedy.reviewBody}`}</Text>}
    </View>
  )
}

/**
 * 办不成事反映 on every case where a person may be stuck (overdue, refused, denied, waiting for a
 * supplement) or done (concluded): the complaint form opens with this case linked.
 */
function WayOut({ value }: { value: Case }) {
  const why = value.overdue ? '办件已超期' : value.status === 'needs-supplement' ? '补正遇到困难' : value.ending ? '对结果有疑问' : '办理中遇到问题'
  return (
    <View className='case-detail__section' role='region' aria-label='办不成事反映'>
      <Text className='case-detail__text'>{`${why}？可以向服务中心反映，反映会关联本办件，有编号和答复。`}</Text>
      <Button className='case-detail__link' onClick={() => void navigate(complaintUrl(value.caseNo))}>办不成事反映</Button>
    </View>
  )
}

function Submitted({ value }: { value: Case }) {
  if (value.fields.length === 0 && value.materials.length === 0) return null
  return (
    <View className='case-detail__section' role='region' aria-label='提交的内容'>
      <Text className='case-detail__title' role='heading' aria-level={2}>提交的内容</Text>
      {value.fields.map((field) => (
        <View key={field.key} className='case-detail__row'>
          <Text className='case-detail__label'>{field.label}</Text>
          <Text className='case-detail__value'>{field.display || '未填写'}</Text>
        </View>
      ))}
      {value.materials.length > 0 && (
        <>
          <Text className='case-detail__subtitle' role='heading' aria-level={3}>材料</Text>
          <View role='list'>
            {value.materials.map((m) => (
              <View key={m.key} className='case-detail__row' role='listitem'>
                <Text className='case-detail__label'>{m.name}</Text>
                <Text className='case-detail__value'>
                  {m.license
                    ? `免提交（电子证照：${m.license.type}）`
                    : m.files.length > 0
                      ? m.files.map((f) => f.name).join('、')
                      : '未提交'}
                </Text>
              </View>
            ))}
          </View>
        </>
      )}
    </View>
  )
}

/** 撤回申请: asks first (with an optional reason), then shows the case as withdrawn. */
function Withdraw({ caseNo, bundle, onDone }: { caseNo: string; bundle: boolean; onDone: () => Promise<void> }) {
  const [busy, setBusy] = useState(false)

  async function run() {
    if (busy) return
    // WeChat's modal can take a typed reason (editable, base library 2.17.1+; Taro's types lag behind);
    // where it cannot, the withdrawal simply goes without one.
    const options: Taro.showModal.Option & { editable: boolean; placeholderText: string } = {
      title: '撤回申请',
      // 一件事: only the parts not yet accepted are withdrawn; accepted ones go on (the server's rule).
      content: bundle
        ? '撤回后尚未受理的事项不再办理，已受理的事项继续办理；如需办理要重新申报。确定撤回吗？'
        : '撤回后本次申请不再办理，如需办理要重新申报。确定撤回吗？',
      editable: true,
      placeholderText: '撤回原因（选填）',
      confirmText: '撤回',
      cancelText: '不撤回',
    }
    const answer = (await Taro.showModal(options).catch(() => null)) as (Taro.showModal.SuccessCallbackResult & { content?: string }) | null
    if (!answer?.confirm) return
    setBusy(true)
    try {
      await withdrawCase(caseNo, (answer.content ?? '').trim() || undefined)
      void Taro.showToast({ title: '已撤回', icon: 'success' })
    } catch (e) {
      void Taro.showToast({ title: toApiError(e).message, icon: 'none', duration: 3000 })
    } finally {
      setBusy(false)
    }
    // Either way the case may have moved (accepted meanwhile): show it as the server has it.
    await onDone()
  }

  return (
    <View className='case-detail__actions'>
      <Button className='case-detail__danger' disabled={busy || undefined} onClick={() => void run()}>撤回申请</Button>
      <Text className='case-detail__meta'>
        {bundle ? '尚未受理的事项可以撤回；已受理的事项如需撤回请联系办理部门。' : '受理前可以撤回；受理后如需撤回请联系办理部门。'}
      </Text>
    </View>
  )
}
