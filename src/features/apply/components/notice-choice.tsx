import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { NoticeEvent } from '@contract/case'
import { setCaseNotices } from '@/services/api/applications'
import { toApiError } from '@/services/http'
import { NOTICE_DESCRIPTIONS, NOTICE_EVENTS, NOTICE_LABELS, NOTICE_TEMPLATE_IDS, noticeTemplatesConfigured } from '../notice-templates'
import { noticeList } from '../receipt-format'
import { ChoiceRow } from '@/components/form-fields'

// wx.requestSubscribeMessage's errCode when the person has turned subscribe messages off in WeChat.
const SUBSCRIBE_SWITCH_OFF = 20004
// errCodes that mean the templates, not the person, are the problem: 20001 no such template id,
// 20005 the mini-program may not send subscribe messages.
const SUBSCRIBE_NOT_CONFIGURED = [20001, 20005]

/** Said when this deployment has no (valid) templates: not the person's choice, so not 没有开启通知. */
export const NOTICES_NOT_CONFIGURED = '通知未配置：本服务还没有开通微信办理进度通知，可以在「我的办件」中查看进度'

/**
 * The choice to receive progress notices. In WeChat it is the platform's own subscribe dialog
 * (one template per event); in a browser, where there is no such dialog, a plain list of choices.
 * Either way what was chosen is saved with the case (`PUT /cases/{caseNo}/notices`).
 */
export function NoticeChoice({ caseNo, initial }: { caseNo: string; initial: NoticeEvent[] }) {
  const [saved, setSaved] = useState<NoticeEvent[]>(initial)
  const [chosen, setChosen] = useState<NoticeEvent[]>(initial)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)

  const save = async (events: NoticeEvent[]) => {
    try {
      const result = await setCaseNotices(caseNo, events)
      setSaved(result)
      setChosen(result)
      setMessage({ text: `已保存：${noticeList(result)}`, error: false })
    } catch (e) {
      setMessage({ text: `没有保存成功：${toApiError(e).message}`, error: true })
    }
  }

  const subscribeInWechat = async () => {
    if (busy) return
    setBusy(true)
    setMessage(null)
    if (!noticeTemplatesConfigured()) {
      // Asking WeChat with empty ids can only fail; say why instead.
      setMessage({ text: NOTICES_NOT_CONFIGURED, error: true })
      setBusy(false)
      return
    }
    try {
      const tmplIds = NOTICE_EVENTS.map((e) => NOTICE_TEMPLATE_IDS[e])
      const result = (await Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option)) as Record<string, unknown>
      const accepted = NOTICE_EVENTS.filter((e) => result[NOTICE_TEMPLATE_IDS[e]] === 'accept')
      await save(accepted)
      // 'ban': WeChat has banned the templates themselves, which no tap of the person can change.
      if (!accepted.length && NOTICE_EVENTS.every((e) => result[NOTICE_TEMPLATE_IDS[e]] === 'ban')) {
        setMessage({ text: NOTICES_NOT_CONFIGURED, error: true })
      }
    } catch (e) {
      const code = (e as { errCode?: number } | null)?.errCode
      setMessage({
        text: code === SUBSCRIBE_SWITCH_OFF
          ? '微信的订阅消息已关闭，可在微信「设置 → 通知」中打开后再试；也可以随时在「我的办件」中查看进度'
          : code !== undefined && SUBSCRIBE_NOT_CONFIGURED.includes(code)
            ? NOTICES_NOT_CONFIGURED
            : '没有开启通知，可以随时再点一次开启；也可以在「我的办件」中查看进度',
        error: true,
      })
    } finally {
      setBusy(false)
    }
  }

  const saveInBrowser = async () => {
    if (busy) return
    setBusy(true)
    setMessage(null)
    await save(chosen)
    setBusy(false)
  }

  const toggle = (event: NoticeEvent) =>
    setChosen((current) => NOTICE_EVENTS.filter((e) => (e === event ? !current.includes(e) : current.includes(e))))

  const dirty = chosen.length !== saved.length || chosen.some((e) => !saved.includes(e))

  return (
    <View className='receipt__section' role='region' aria-label='办理进度通知'>
      <Text className='receipt__title' role='heading' aria-level={2}>办理进度通知</Text>
      <Text className='receipt__text'>{`当前设置：${noticeList(saved)}`}</Text>
      {process.env.TARO_ENV === 'weapp' ? (
        <>
          <Text className='receipt__note'>开启后，办件受理、需要补正、办结时会通过微信服务通知告诉你。</Text>
          <Button className='receipt__primary' disabled={busy || undefined} onClick={() => void subscribeInWechat()}>
            {saved.length ? '重新选择通知' : '接收办理进度通知'}
          </Button>
        </>
      ) : (
        <>
          <View className='receipt__choices' role='group' aria-label='选择要接收的通知'>
            {NOTICE_EVENTS.map((event) => (
              <ChoiceRow
                key={event}
                role='checkbox'
                checked={chosen.includes(event)}
                label={`${NOTICE_LABELS[event]}：${NOTICE_DESCRIPTIONS[event]}`}
                onClick={() => toggle(event)}
              />
            ))}
          </View>
          <Button className='receipt__primary' disabled={busy || !dirty || undefined} onClick={() => void saveInBrowser()}>
            {busy ? '正在保存…' : '保存通知设置'}
          </Button>
        </>
      )}
      {message && (
        <Text className={`receipt__message${message.error ? ' receipt__message--error' : ''}`} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </Text>
      )}
    </View>
  )
}
