import Taro from '@tarojs/taro'
import { Button, Image, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { downloadAttachment, type DownloadedAttachment } from '@/services/api/cadre'
import { useSessionStore } from '@/stores/session-store'
import { h5Attributes, weappAttributes } from '@/utils/h5-attributes'

/**
 * A resident's uploaded photo, for the cadre. An <Image src> cannot send the bearer token the file
 * needs, so it is downloaded first (services/api/cadre.ts) and the local copy is shown — and
 * previewed full size on tap.
 */
export function AttachmentImage({ fileId, name }: { fileId: string; name: string }) {
  const token = useSessionStore((s) => s.token)
  const [src, setSrc] = useState<string | null>(null)
  const [failed, setFailed] = useState(false)
  const [attempt, setAttempt] = useState(0)

  // Signing in as someone else downloads again, with their token.
  useEffect(() => {
    let live = true
    let downloaded: DownloadedAttachment | null = null
    setFailed(false)
    downloadAttachment(fileId)
      .then((file) => {
        if (!live) {
          file.release()
          return
        }
        downloaded = file
        setSrc(file.path)
      })
      .catch(() => live && setFailed(true))
    return () => {
      live = false
      downloaded?.release()
    }
  }, [fileId, token, attempt])

  if (failed) {
    return (
      <View className='cadre-photo cadre-photo--failed' role='alert'>
        <Text className='cadre-photo__text'>{`「${name}」没有加载出来`}</Text>
        <Button className='cadre-photo__retry' aria-label={`重新加载 ${name}`} onClick={() => setAttempt((n) => n + 1)}>重试</Button>
      </View>
    )
  }
  if (!src) {
    return (
      <View className='cadre-photo' aria-live='polite'>
        <Text className='cadre-photo__text'>{`正在加载「${name}」…`}</Text>
      </View>
    )
  }
  return (
    <Button className='cadre-photo cadre-photo--loaded' aria-label={`查看大图：${name}`} onClick={() => void Taro.previewImage({ urls: [src], current: src }).catch(() => undefined)}>
      <Image className='cadre-photo__image' src={src} mode='aspectFit' {...h5Attributes({ imgProps: { alt: name } })} {...weappAttributes({ ariaLabel: name })} />
    </Button>
  )
}
