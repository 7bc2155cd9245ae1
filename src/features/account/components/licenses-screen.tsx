import { usePullDownRefresh } from '@tarojs/taro'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { ELicense } from '@contract/application'
import { EmptyState, ErrorState, LoadingState } from '@/components/status-view'
import { CASES_TAB_PATH, identityUrl } from '@/constants/routes'
import { useRequest } from '@/hooks/use-request'
import { listLicenses } from '@/services/api/profile'
import { chinaDay, formatDate } from '@/utils/datetime'
import { navigate } from '@/utils/navigate'
import './licenses.scss'

/** The type a 一件事 (一业一证) ends in: one license standing for the bundle's permits. */
const INDUSTRY_LICENSE_TYPE = '行业综合许可证'

function validity(license: ELicense, today: string): { text: string; expired: boolean } {
  if (!license.validUntil) return { text: '长期有效', expired: false }
  const expired = license.validUntil < today
  return { text: expired ? `已过期（有效期至 ${formatDate(license.validUntil)}）` : `有效期至 ${formatDate(license.validUntil)}`, expired }
}

/**
 * 我的电子证照: the licenses found under the person's verified identity (numbers masked), each usable
 * instead of an upload (免提交); a 一件事's 行业综合许可证 is among them once issued.
 */
export function LicensesScreen({ verified }: { verified: boolean }) {
  const { data, error, loading, reload } = useRequest(listLicenses, [verified], { enabled: verified })
  usePullDownRefresh(() => {
    void (verified ? reload() : Promise.resolve()).finally(() => Taro.stopPullDownRefresh())
  })

  if (!verified) {
    return (
      <View className='licenses__gate'>
        <EmptyState title='实名认证后查看电子证照' hint='电子证照按您核验过的身份查找。' />
        <Button className='licenses__primary' onClick={() => void navigate(identityUrl())}>去实名认证</Button>
      </View>
    )
  }
  if (!data) {
    if (error) return <ErrorState error={error} onRetry={() => void reload()} />
    if (loading) return <LoadingState text='正在查找您的电子证照…' />
    return null
  }
  if (data.length === 0) return <EmptyState title='暂无电子证照' hint='办结的事项核发证照后，会出现在这里。' />
  const today = chinaDay(new Date().toISOString()) ?? ''
  return (
    <View className='licenses' role='list' aria-label='我的电子证照'>
      {data.map((license) => {
        const v = validity(license, today)
        const industry = license.type === INDUSTRY_LICENSE_TYPE
        return (
          <View key={license.id} className='licenses__card' role='listitem'>
            <View className='licenses__head'>
              <Text className='licenses__type'>{license.type}</Text>
              {industry && <Text className='licenses__mark'>一业一证</Text>}
            </View>
            <Text className='licenses__line'>{`持证人 ${license.holder}`}</Text>
            <Text className='licenses__line'>{`证照编号 ${license.number}`}</Text>
            <Text className='licenses__line'>{`发证机关 ${license.issuer} · ${formatDate(license.issuedOn)}核发`}</Text>
            <Text className={`licenses__line${v.expired ? ' licenses__line--expired' : ''}`}>{v.text}</Text>
            {industry && (
              <>
                <Text className='licenses__note'>「一件事」各项办结后核发，一证代替多项许可；许可证二维码在该一件事的办件详情中出示。</Text>
                <Button className='licenses__link' onClick={() => void navigate(CASES_TAB_PATH)}>去办件查看</Button>
              </>
            )}
          </View>
        )
      })}
    </View>
  )
}
