import Taro from '@tarojs/taro'
import { Button, Image, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { http } from '@/services/http'
import { useSessionStore } from '@/stores/session-store'

/**
 * A resident's uploaded photo, for the cadre. `GET /uploads/{fileId}` needs the bearer token, which
 * an <Image src> cannot send: the bytes come through Taro.downloadFile with the header (weapp: a
 * temp file; H5: a blob: URL), and that local path is shown — and previewed full size on tap.
 */
export function AttachmentImage({ fileId, name }: { fileId: string; name: string }) {
  const token = useSessionStore((s) => s.token)
  const [src, setSrc] = useState<string | null>(null)
  const [failed, setFailed] = useState(false)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let live = true
    let objectUrl: string | null = null
    setFailed(false)
    Taro.downloadFile({
      url: http.getUri({ url: `/uploads/${encodeURIComponent(fileId)}` }),
      header: token ? { Authorization: `Bearer ${token}` } : {},
      timeout: 30_000,
      // A bearer token, not a cookie: no credentials, so a cross-origin API needs no extra CORS header.
      withCredentials: false,
    } as Taro.downloadFile.Option)
      .then((res) => {
        if (res.tempFilePath.startsWith('blob:')) objectUrl = res.tempFilePath
        if (!live) return
        if (res.statusCode >= 200 && res.statusCode < 300) setSrc(res.tempFilePath)
        else setFailed(true)
      })
      .catch(() => live && setFailed(true))
    return () => {
      live = false
      if (objectUrl) URL.revokeObjectURL(objectUrl)
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
      <Image className='cadre-photo__image' src={src} mode='aspectFit' ariaLabel={name} nativeProps={{ alt: name }} />
    </Button>
  )
}
