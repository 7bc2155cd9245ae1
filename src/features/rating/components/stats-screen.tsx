import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import type { RatingStats, RatingStatsGroup } from '@contract/rating'
import { EmptyState, ErrorState, LoadingState } from '@/components/status-view'
import { LEVEL_LABELS, RATING_LEVELS } from '@/domain/rating-rules'
import { useRequest } from '@/hooks/use-request'
import { getRatingStats } from '@/services/api/ratings'
import { chinaDay, formatDate, groupSummary, percent, periodRange, PERIODS, rectificationText, type PeriodKey } from '../format'
import './rating.scss'

type By = RatingStats['by']
type Display = 'chart' | 'table'

const BY_CHOICES: { key: By; label: string }[] = [
  { key: 'department', label: '按部门' },
  { key: 'region', label: '按地区' },
]

const VIEW_CHOICES: { key: Display; label: string }[] = [
  { key: 'chart', label: '图表' },
  { key: 'table', label: '表格' },
]

/**
 * 好差评公示 (no login): per department or region, how many ratings, the share of each level, the
 * bad-rating share and the rectification rate over a period. Who rated, and what they wrote, is
 * never part of it.
 */
export function StatsScreen() {
  const [by, setBy] = useState<By>('department')
  const [period, setPeriod] = useState<PeriodKey>('30')
  const [view, setView] = useState<Display>('chart')
  // Periods count back from the server's today (the last day of its default period, 近 30 天),
  // which follows its settable clock; the phone's date stands in only before that first answer.
  const serverToday = useRef<string | null>(null)
  const stats = useRequest(
    async () => {
      const anchor = serverToday.current
      const range = !anchor && period === '30' ? {} : periodRange(period, anchor ?? deviceToday())
      const answer = await getRatingStats({ by, ...range })
      if (!anchor && !('from' in range)) serverToday.current = chinaDay(answer.to)
      return answer
    },
    [by, period],
  )
  usePullDownRefresh(() => {
    void stats.reload().finally(() => Taro.stopPullDownRefresh())
  })

  return (
    <View className='rating-page'>
      <Text className='rating-page__title' role='heading' aria-level={1}>好差评公示</Text>
      <Text className='rating-page__intro'>各部门、各地区政务服务「好差评」情况。公示只有统计数字，不含评价人信息和评价内容。</Text>

      <View className='rating-page__card'>
        <Text id='stats-period-label' className='rating-field__label'>统计期间</Text>
        <View className='rating-page__chips' role='radiogroup' aria-labelledby='stats-period-label'>
          {PERIODS.map(({ key, label }) => (
            <Choice key={key} checked={period === key} label={label} onClick={() => setPeriod(key)} />
          ))}
        </View>
        <Text id='stats-by-label' className='rating-field__label'>统计口径</Text>
        <View className='rating-page__chips' role='radiogroup' aria-labelledby='stats-by-label'>
          {BY_CHOICES.map(({ key, label }) => (
            <Choice key={key} checked={by === key} label={label} onClick={() => setBy(key)} />
          ))}
        </View>
        <Text id='stats-view-label' className='rating-field__label'>显示方式</Text>
        <View className='rating-page__chips' role='radiogroup' aria-labelledby='stats-view-label'>
          {VIEW_CHOICES.map(({ key, label }) => (
            <Choice key={key} checked={view === key} label={label} onClick={() => setView(key)} />
          ))}
        </View>
        {stats.data && (
          <Text className='rating-page__text' aria-live='polite'>{`统计期间：${formatDate(stats.data.from)} 至 ${formatDate(stats.data.to)}`}</Text>
        )}
      </View>

      {stats.error && !stats.data && <ErrorState error={stats.error} onRetry={() => void stats.reload()} />}
      {stats.loading && !stats.data && <LoadingState text='正在加载统计…' />}
      {stats.data && <Figures stats={stats.data} view={view} />}
    </View>
  )
}

// The phone's own date, only until the server has said what day it is.
function deviceToday(): string {
  return chinaDay(new Date().toISOString()) ?? new Date().toISOString().slice(0, 10)
}

function Choice({ checked, label, onClick }: { checked: boolean; label: string; onClick: () => void }) {
  return (
    <Button
      className={`rating-page__chip${checked ? ' rating-page__chip--selected' : ''}`}
      role='radio'
      aria-checked={checked}
      aria-label={label}
      onClick={onClick}
    >
      {checked ? `✓ ${label}` : label}
    </Button>
  )
}

function Figures({ stats, view }: { stats: RatingStats; view: Display }) {
  const overall = stats.overall
  const unit = stats.by === 'department' ? '部门' : '地区'
  return (
    <>
      <View className='rating-page__card' role='region' aria-label='总体情况'>
        <Text className='rating-page__subtitle' role='heading' aria-level={2}>总体情况</Text>
        {overall.total === 0 ? (
          <Text className='rating-page__text'>这段时间还没有评价。</Text>
        ) : (
          <>
            <Text className='rating-chart__figures'>{`评价 ${overall.total} 条`}</Text>
            <Bar group={overall} />
            <Numbers group={overall} />
            <Rates group={overall} />
          </>
        )}
      </View>

      <View className='rating-page__card' role='region' aria-label={`各${unit}情况`}>
        <Text className='rating-page__subtitle' role='heading' aria-level={2}>{`各${unit}情况`}</Text>
        {stats.groups.length === 0 ? (
          <EmptyState title='这段时间还没有评价' hint='换一个统计期间看看。' />
        ) : view === 'chart' ? (
          <View className='rating-chart'>
            <Legend />
            {stats.groups.map((group) => (
              <View key={group.key} className='rating-chart__group' role='group' aria-label={group.name}>
                <Text className='rating-chart__name' role='heading' aria-level={3}>{`${group.name}（共 ${group.total} 条）`}</Text>
                <Bar group={group} />
                <Numbers group={group} />
                <Rates group={group} />
              </View>
            ))}
          </View>
        ) : (
          <Table groups={stats.groups} unit={unit} />
        )}
      </View>
    </>
  )
}

/** What each colour (and hatching) of the bars stands for. */
function Legend() {
  return (
    <View className='rating-chart__legend' aria-hidden>
      {RATING_LEVELS.map((level) => (
        <View key={level} className='rating-chart__legend-item'>
          <View className={`rating-chart__swatch rating-chart__swatch--${level}`} />
          <Text>{LEVEL_LABELS[level]}</Text>
        </View>
      ))}
    </View>
  )
}

/** One horizontal stacked bar: the share of each level as a width; its text alternative has every figure. */
function Bar({ group }: { group: RatingStatsGroup }) {
  return (
    <View className='rating-chart__bar' role='img' aria-label={groupSummary(group)}>
      {RATING_LEVELS.filter((level) => group.counts[level] > 0).map((level) => (
        <View key={level} className={`rating-chart__segment rating-chart__segment--${level}`} style={{ width: `${group.shares[level] * 100}%` }} />
      ))}
    </View>
  )
}

/** The bar's figures as text: each level's count and share. */
function Numbers({ group }: { group: RatingStatsGroup }) {
  return (
    <Text className='rating-chart__numbers'>
      {RATING_LEVELS.map((level) => `${LEVEL_LABELS[level]} ${group.counts[level]}（${percent(group.shares[level])}）`).join(' · ')}
    </Text>
  )
}

function Rates({ group }: { group: RatingStatsGroup }) {
  return (
    <>
      <Text className='rating-chart__figures'>{`差评 ${group.badCount} 条，差评率 ${percent(group.badShare)}`}</Text>
      <Text className='rating-chart__figures'>
        {group.rectificationRate === null ? '整改率 无差评' : `已整改 ${group.rectifiedCount} 条，整改率 ${rectificationText(group)}`}
      </Text>
    </>
  )
}

function Table({ groups, unit }: { groups: RatingStatsGroup[]; unit: string }) {
  return (
    <View className='rating-table' role='table' aria-label={`各${unit}好差评`}>
      <View className='rating-table__row' role='row'>
        {[unit, '评价数', '满意率', '差评率', '整改率'].map((head, i) => (
          <Text key={head} className={`rating-table__cell rating-table__cell--head${i === 0 ? ' rating-table__cell--name' : ''}`} role='columnheader'>{head}</Text>
        ))}
      </View>
      {groups.map((group) => (
        <View key={group.key} className='rating-table__row' role='row'>
          <Text className='rating-table__cell rating-table__cell--name' role='rowheader'>{group.name}</Text>
          <Text className='rating-table__cell' role='cell'>{String(group.total)}</Text>
          <Text className='rating-table__cell' role='cell'>{group.total === 0 ? '—' : percent(1 - group.badShare)}</Text>
          <Text className='rating-table__cell' role='cell'>{percent(group.badShare)}</Text>
          <Text className='rating-table__cell' role='cell'>{rectificationText(group)}</Text>
        </View>
      ))}
    </View>
  )
}
