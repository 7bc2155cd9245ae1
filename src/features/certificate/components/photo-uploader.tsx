import Taro from '@tarojs/taro'
import { Button, Image, Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import type { UploadedFile } from '@contract/application'
import { toApiError } from '@/services/http'
import { isUploadAborted, uploadFile, type UploadHandle } from '@/services/upload'

/** The limits `POST /uploads` enforces for photos (the server re-checks by the bytes). */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024
const PHOTO_TYPES = ['image/jpeg', 'image/png']

interface Picked {
  path: string
  name: string
  size: number
  mime: string
}

interface Pending {
  id: number
  file: Picked
  progress: number
  /** Why it failed (the server's or the network's words), null while it is on its way. */
  error: string | null
}

let serial = 0

function toPicked(temp: Taro.chooseMedia.ChooseMedia): Picked {
  const original = temp.originalFileObj
  const fromPath = temp.tempFilePath.startsWith('blob:') ? '' : (temp.tempFilePath.split(/[/\\]/).pop() ?? '')
  const name = original?.name || fromPath || '照片.jpg'
  const ext = (name.split('.').pop() ?? '').toLowerCase()
  const mime = original?.type || (temp.fileType?.includes('/') ? temp.fileType : '') || (ext === 'png' ? 'image/png' : ext === 'jpg' || ext === 'jpeg' ? 'image/jpeg' : '')
  return { path: temp.tempFilePath, name, size: temp.size, mime }
}

function refusal(file: Picked): string | null {
  if (file.size <= 0) return `「${file.name}」是空文件，请重新选择`
  if (file.size > PHOTO_MAX_BYTES) return `「${file.name}」超过 5 MB，请重新拍摄或选择较小的照片`
  if (file.mime && !PHOTO_TYPES.includes(file.mime)) return `「${file.name}」的格式不支持，请上传 JPG 或 PNG 照片`
  return null
}

interface PhotoUploaderProps {
  materialKey: string
  materialName: string
  files: UploadedFile[]
  maxFiles: number
  onFilesChange: (files: UploadedFile[]) => void
  onBusyChange: (key: string, busy: boolean) => void
}

/**
 * Photos of one material: 拍照或从相册选择, the upload with its percentage, then the photo with 删除 —
 * or the reason it failed with 重试, which sends the same photo again.
 */
export function PhotoUploader({ materialKey, materialName, files, maxFiles, onFilesChange, onBusyChange }: PhotoUploaderProps) {
  const [pending, setPending] = useState<Pending[]>([])
  const [refused, setRefused] = useState('')
  const handles = useRef(new Map<number, UploadHandle>())
  const previews = useRef(new Map<string, string>())
  // Two uploads may finish before the parent re-renders: append to what was last reported.
  const latest = useRef(files)
  latest.current = files
  const report = useRef(onFilesChange)
  report.current = onFilesChange
  const busyReport = useRef(onBusyChange)
  busyReport.current = onBusyChange

  const busy = pending.some((p) => p.error === null)
  useEffect(() => busyReport.current(materialKey, busy), [busy, materialKey])
  useEffect(() => {
    const live = handles.current
    return () => live.forEach((h) => h.abort())
  }, [])

  const update = (id: number, patch: Partial<Pending>) => setPending((list) => list.map((p) => (p.id === id ? { ...p, ...patch } : p)))

  function send(id: number, file: Picked) {
    const handle = uploadFile({ path: file.path, name: file.name }, (progress) => update(id, { progress }))
    handles.current.set(id, handle)
    handle.done.then(
      (uploaded) => {
        if (handles.current.get(id) !== handle) return
        handles.current.delete(id)
        previews.current.set(uploaded.fileId, file.path)
        setPending((list) => list.filter((p) => p.id !== id))
        latest.current = [...latest.current, uploaded]
        report.current(latest.current)
      },
      (e: unknown) => {
        if (isUploadAborted(e) || handles.current.get(id) !== handle) return
        handles.current.delete(id)
        update(id, { error: toApiError(e).message, progress: 0 })
      },
    )
  }

  const room = maxFiles - files.length - pending.length

  async function pick() {
    if (room <= 0) return
    setRefused('')
    let result: Taro.chooseMedia.SuccessCallbackResult
    try {
      result = await Taro.chooseMedia({ count: room, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] })
    } catch (e) {
      // Closing the camera or the album is a choice, not a failure.
      if (!/cancel/i.test((e as { errMsg?: string } | undefined)?.errMsg ?? '')) {
        void Taro.showToast({ title: '未能打开相机或相册，请检查权限后重试', icon: 'none', duration: 3000 })
      }
      return
    }
    const problems: string[] = []
    for (const temp of result.tempFiles.slice(0, room)) {
      const file = toPicked(temp)
      const problem = refusal(file)
      if (problem) {
        problems.push(problem)
        continue
      }
      serial += 1
      const id = serial
      setPending((list) => [...list, { id, file, progress: 0, error: null }])
      send(id, file)
    }
    setRefused(problems.join('\n'))
  }

  return (
    <View className='cert-photos'>
      {files.map((file) => {
        const preview = previews.current.get(file.fileId)
        return (
          <View key={file.fileId} className='cert-photos__file'>
            {preview ? (
              <Image className='cert-photos__thumb' src={preview} mode='aspectFill' ariaLabel={`${file.name} 的预览`} nativeProps={{ alt: `${file.name} 的预览` }} />
            ) : (
              <View className='cert-photos__thumb cert-photos__thumb--kind' aria-hidden><Text>图片</Text></View>
            )}
            <Text className='cert-photos__name'>{`${file.name} · 已上传`}</Text>
            <Button
              className='cert-photos__action cert-photos__action--danger'
              aria-label={`删除 ${file.name}`}
              onClick={() => {
                latest.current = latest.current.filter((f) => f.fileId !== file.fileId)
                report.current(latest.current)
              }}
            >
              删除
            </Button>
          </View>
        )
      })}
      {pending.map((entry) => (
        <View key={entry.id} className={`cert-photos__file${entry.error ? ' cert-photos__file--failed' : ''}`}>
          <View className='cert-photos__info'>
            <Text className='cert-photos__name'>{entry.file.name}</Text>
            {entry.error === null ? (
              <Text className='cert-photos__meta' role='progressbar' aria-label={`${entry.file.name} 上传进度`} aria-valuenow={entry.progress} aria-valuemin={0} aria-valuemax={100}>
                {`上传中 ${entry.progress}%`}
              </Text>
            ) : (
              <Text className='cert-field__error' role='alert'>{`上传失败：${entry.error}`}</Text>
            )}
          </View>
          {entry.error !== null && (
            <Button className='cert-photos__action' aria-label={`重试上传 ${entry.file.name}`} onClick={() => { update(entry.id, { error: null, progress: 0 }); send(entry.id, entry.file) }}>
              重试
            </Button>
          )}
          <Button
            className='cert-photos__action cert-photos__action--danger'
            aria-label={`${entry.error === null ? '取消上传' : '删除'} ${entry.file.name}`}
            onClick={() => {
              handles.current.get(entry.id)?.abort()
              handles.current.delete(entry.id)
              setPending((list) => list.filter((p) => p.id !== entry.id))
            }}
          >
            {entry.error === null ? '取消' : '删除'}
          </Button>
        </View>
      ))}
      {refused && <Text className='cert-field__error' role='alert'>{refused}</Text>}
      {room > 0 ? (
        <Button className='cert-photos__pick' aria-label={`拍照或从相册选择：${materialName}`} onClick={() => void pick()}>拍照或从相册选择</Button>
      ) : (
        <Text className='cert-photos__meta'>{`已达上限 ${maxFiles} 张，如需更换请先删除`}</Text>
      )}
    </View>
  )
}
