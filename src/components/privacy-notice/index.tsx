import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useEffect, useState, type PropsWithChildren } from 'react'
import { useHasAgreedPrivacy, usePrivacyStore } from '@/stores/privacy-store'
import './index.scss'

/**
 * Whether WeChat itself still wants the person's consent to the mini-program's 用户隐私保护指引
 * (`wx.getPrivacySetting`, base library ≥ 2.32.3). Then the agree button must be WeChat's own
 * (`open-type="agreePrivacyAuthorization"`) so WeChat records the consent too. Always false on H5.
 */
function useWechatNeedsAuthorization(): boolean {
  const [needs, setNeeds] = useState(false)
  useEffect(() => {
    if (process.env.TARO_ENV !== 'weapp' || !Taro.canIUse('getPrivacySetting')) return
    let live = true
    Taro.getPrivacySetting({
      success: (res) => {
        if (live) setNeeds(res.needAuthorization)
      },
    })
    return () => {
      live = false
    }
  }, [])
  return needs
}

export interface PrivacyNoticeProps {
  /** Called after the consent is recorded. */
  onAgree?: () => void
  onDisagree?: () => void
}

/**
 * The privacy notice (隐私保护指引, SPEC §6), shown before the first ID number or phone is collected:
 * what is collected, why, for how long, who sees it, and the full text. 同意并继续 records the
 * consent on the phone (and with WeChat where it asks); 不同意 collects nothing.
 */
export function PrivacyNotice({ onAgree, onDisagree }: PrivacyNoticeProps) {
  const agree = usePrivacyStore((s) => s.agree)
  const wechatNeeds = useWechatNeedsAuthorization()
  const [fullText, setFullText] = useState(false)

  const accept = () => {
    agree()
    onAgree?.()
  }

  const openFull = () => {
    if (process.env.TARO_ENV === 'weapp' && Taro.canIUse('openPrivacyContract')) {
      Taro.openPrivacyContract({ fail: () => setFullText(true) })
    } else {
      setFullText((open) => !open)
    }
  }

  return (
    <View className='privacy-notice' role='region' aria-labelledby='privacy-notice-title'>
      <Text id='privacy-notice-title' className='privacy-notice__title' role='heading' aria-level={2}>个人信息保护提示</Text>
      <Text className='privacy-notice__lead'>在您填写之前，请了解我们如何使用您的个人信息：</Text>
      <View className='privacy-notice__list'>
        <Text className='privacy-notice__item'>
          <Text className='privacy-notice__term'>收集什么：</Text>姓名、身份证号、手机号；以企业身份办事时，还有企业名称和统一社会信用代码。
        </Text>
        <Text className='privacy-notice__item'>
          <Text className='privacy-notice__term'>用来做什么：</Text>核验您的身份，办理您申请的事项，办理进度有变化时联系您；不用于其他用途。
        </Text>
        <Text className='privacy-notice__item'>
          <Text className='privacy-notice__term'>保存多久：</Text>实名信息保存到您注销账号为止；随办件提交的信息按政务服务档案管理规定的期限保存，期满删除。未提交的草稿只存在您的手机上。
        </Text>
        <Text className='privacy-notice__item'>
          <Text className='privacy-notice__term'>谁能看到：</Text>只有受理、办理您事项的工作人员；页面上的身份证号、手机号都会遮挡显示，不会提供给第三方。
        </Text>
      </View>
      <Button className='privacy-notice__link' aria-expanded={fullText} onClick={openFull}>
        查看完整的《泉服务·掌上办隐私保护指引》
      </Button>
      {fullText && (
        <View className='privacy-notice__full'>
          <Text className='privacy-notice__item'>1. 我们只收集办理事项所必需的信息，并在收集前告诉您用途。</Text>
          <Text className='privacy-notice__item'>2. 您可以在「我的」中查看自己的实名信息；信息有误时可以重新认证。</Text>
          <Text className='privacy-notice__item'>3. 您可以撤回同意或要求删除尚未用于办件的信息，可拨打 12345 政务服务便民热线提出。</Text>
          <Text className='privacy-notice__item'>4. 您的信息在传输和保存时加密，工作人员按权限查看，查看记录留存备查。</Text>
          <Text className='privacy-notice__item'>5. 本提示内容有变化时，我们会再次征求您的同意。</Text>
        </View>
      )}
      <View className='privacy-notice__actions'>
        {wechatNeeds ? (
          <Button id='privacy-agree' className='privacy-notice__agree' openType='agreePrivacyAuthorization' onAgreePrivacyAuthorization={accept}>
            同意并继续
          </Button>
        ) : (
          <Button className='privacy-notice__agree' onClick={accept}>同意并继续</Button>
        )}
        <Button className='privacy-notice__disagree' onClick={onDisagree}>不同意</Button>
      </View>
    </View>
  )
}

/**
 * Shows its children (a form that asks for an ID number or a phone) only after the person agreed
 * to the privacy notice; otherwise the notice, and after 不同意 what they can still do.
 */
export function PrivacyGate({ children }: PropsWithChildren) {
  const agreed = useHasAgreedPrivacy()
  const [declined, setDeclined] = useState(false)
  if (agreed) return <>{children}</>
  if (declined) {
    return (
      <View className='privacy-notice' role='status'>
        <Text className='privacy-notice__title' role='heading' aria-level={2}>未同意个人信息保护提示</Text>
        <Text className='privacy-notice__lead'>不提供姓名、身份证号和手机号，就无法在线核验身份和办理。您仍可以查看办事指南，或带上证件到办事窗口办理。</Text>
        <View className='privacy-notice__actions'>
          <Button className='privacy-notice__agree' onClick={() => setDeclined(false)}>重新查看提示</Button>
        </View>
      </View>
    )
  }
  return <PrivacyNotice onDisagree={() => setDeclined(true)} />
}
