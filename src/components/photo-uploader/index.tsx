import Taro from '@tarojs/taro'
import { Button, Image, Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import type { UploadedFile } from '@contract/application'
import { toApiError } from '@/services/http'
import { isUploadAborted, uploadFile, type UploadHandle } from '@/services/upload'
import { h5Attributes, weappAttributes } from '@/utils/h5-attributes'
import { contentMismatchHint, type ChosenFile } from './chosen-file'
import { chooseFilesH5, fromBrowserFiles, pickMedia, pickMessageFiles } from './pick-files'
import './index.scss'

export { toChosenFile, type ChosenFile } from './chosen-file'

interface PendingUpload {
  id: number
  file: ChosenFile
  progress: number
  /** The server's (or the network's) message after a failure; null while uploading. */
  error: string | null
  /** Why, in plain words, when the file's content is not what its name says; else null. */
  hint?: string | null
}

export interface PhotoUploaderProps {
  /** Stable key of the material, for the id of the pick button (`material-<key>-pick`). */
  materialKey: string
  /** Named in the pick button's label: 拍照或从相册选择：<materialName>. */
  materialName: string
  files: UploadedFile[]
  maxFiles: number
  /** Why a picked file must not be sent (empty, too large, a refused type) in the caller's words, or null to send it. */
  check: (file: ChosenFile) => string | null
  /**
   * With it, an uploaded file shows its size on a line of its own (`1.5 KB · 已上传`);
   * without it, one line `<name> · 已上传`.
   */
  formatSize?: (bytes: number) => string
  /** The counting word of the full line 已达上限 N <unit>: '个文件' unless told ('张'). */
  countUnit?: string
  /** Only completed uploads arrive here: file ids and metadata, never bytes. */
  onFilesChange: (files: UploadedFile[]) => void
  /** Whether an upload is on its way (false again when the uploader goes away). */
  onBusyChange?: (busy: boolean) => void
}

let serial = 0

/**
 * Photos of one material: 拍照或从相册选择, the caller's check before anything is sent, the upload
 * (`POST /uploads`) with its percentage, then the file with 删除 — or the server's reason with 重试,
 * which sends the same picked file again.
 */
export function PhotoUploader({ materialKey, materialName, files, maxFiles, check, formatSize, countUnit = '个文件', onFilesChange, onBusyChange }: PhotoUploaderProps) {
  const [pending, setPending] = useState<PendingUpload[]>([])
  const [refusal, setRefusal] = useState('')
  const handles = useRef(new Map<number, UploadHandle>())
  // Local previews of what was picked in this visit; a restored draft has only file ids.
  const previews = useRef(new Map<string, ChosenFile>())
  // Two uploads may finish before the parent re-renders: append to what was last reported.
  const latest = useRef(files)
  latest.current = files
  const onFilesChangeRef = useRef(onFilesChange)
  onFilesChangeRef.current = onFilesChange

  const busy = pending.some((p) => p.error === null)
  const onBusyRef = useRef(onBusyChange)
  onBusyRef.current = onBusyChange
  useEffect(() => {
    onBusyRef.current?.(busy)
  }, [busy])

  // Leaving the page (or switching to an e-license) stops what is still on its way.
  useEffect(() => {
    const live = handles.current
    return () => {
      live.forEach((handle) => handle.abort())
      live.clear()
      onBusyRef.current?.(false)
    }
  }, [])

  const update = (id: number, patch: Partial<PendingUpload>) =>
    setPending((list) => list.map((p) => (p.id === id ? { ...p, ...patch } : p)))

  function send(id: number, file: ChosenFile) {
    const handle = uploadFile({ path: file.path, name: file.name }, (progress) => update(id, { progress }))
    handles.current.set(id, handle)
    handle.done.then(
      (uploaded) => {
        if (handles.current.get(id) !== handle) return
        handles.current.delete(id)
        previews.current.set(uploaded.fileId, file)
        setPending((list) => list.filter((p) => p.id !== id))
        latest.current = [...latest.current, uploaded]
        onFilesChangeRef.current(latest.current)
      },
      (e: unknown) => {
        if (isUploadAborted(e) || handles.current.get(id) !== handle) return
        handles.current.delete(id)
        const error = toApiError(e)
        const hint = contentMismatchHint(file, error.code)
        update(id, { error: error.message, hint, progress: 0 })
      },
    )
  }

  function start(file: ChosenFile) {
    serial += 1
    const id = serial
    setPending((list) => [...list, { id, file, progress: 0, error: null }])
    send(id, file)
  }

  function retry(entry: PendingUpload) {
    update(entry.id, { error: null, hint: null, progress: 0 })
    send(entry.id, entry.file)
  }

  function discard(entry: PendingUpload) {
    handles.current.get(entry.id)?.abort()
    handles.current.delete(entry.id)
    setPending((list) => list.filter((p) => p.id !== entry.id))
  }

  function remove(file: UploadedFile) {
    latest.current = latest.current.filter((f) => f.fileId !== file.fileId)
    onFilesChangeRef.current(latest.current)
  }

  const room = maxFiles - files.length - pending.length

  async function pick(source: 'media' | 'chat') {
    if (room <= 0) return
    setRefusal('')
    let picked: ChosenFile[]
    try {
      // `=== 'weapp' ?` on purpose: the test transformer rewrites process.env.TARO_ENV into an `a || b`
      // that only this form (not `!==` or `&&`) keeps meaning the same.
      picked = process.env.TARO_ENV === 'weapp'
        ? (source === 'chat' ? await pickMessageFiles(room) : await pickMedia(room))
        : fromBrowserFiles(await chooseFilesH5(room))
    } catch (e) {
      const message = (e as { errMsg?: string } | undefined)?.errMsg ?? ''
      // Closing the camera, album or chat is a choice, not a failure.
      if (!/cancel/i.test(message)) {
        const what = source === 'chat' ? '聊天记录中的文件' : '相机或相册'
        void Taro.showToast({ title: `未能打开${what}，请检查权限后重试`, icon: 'none', duration: 3000 })
      }
      return
    }
    const refused: string[] = []
    for (const file of picked.slice(0, room)) {
      const problem = check(file)
      if (problem) refused.push(problem)
      else start(file)
    }
    setRefusal(refused.join('\n'))
  }

  return (
    <View className='photo-uploader'>
      {files.map((file) => (
        <View key={file.fileId} className='photo-uploader__file'>
          <Thumbnail file={file} preview={previews.current.get(file.fileId)} />
          <View className='photo-uploader__info'>
            {formatSize ? (
              <>
                <Text className='photo-uploader__name'>{file.name}</Text>
                <Text className='photo-uploader__meta'>{`${formatSize(file.size)} · 已上传`}</Text>
              </>
            ) : (
              <Text className='photo-uploader__name'>{`${file.name} · 已上传`}</Text>
            )}
          </View>
          <Button className='photo-uploader__remove' aria-label={`删除 ${file.name}`} onClick={() => remove(file)}>删除</Button>
        </View>
      ))}

      {pending.map((entry) => (
        <View key={entry.id} className={`photo-uploader__file${entry.error ? ' photo-uploader__file--failed' : ''}`}>
          <View className='photo-uploader__info'>
            <Text className='photo-uploader__name'>{entry.file.name}</Text>
            {entry.error === null ? (
              <View
                className='photo-uploader__progress'
                role='progressbar'
                aria-label={`${entry.file.name} 上传进度`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={entry.progress}
              >
                <View className='photo-uploader__bar'>
                  <View className='photo-uploader__bar-fill' style={{ width: `${entry.progress}%` }} />
                </View>
                <Text className='photo-uploader__meta'>{`上传中 ${entry.progress}%`}</Text>
              </View>
            ) : (
              <>
                <Text className='photo-uploader__error' role='alert'>{`上传失败：${entry.error}`}</Text>
                {entry.hint && <Text className='photo-uploader__error'>{entry.hint}</Text>}
              </>
            )}
          </View>
          {entry.error !== null && (
            <Button className='photo-uploader__retry' aria-label={`重试上传 ${entry.file.name}`} onClick={() => retry(entry)}>重试</Button>
          )}
          <Button className='photo-uploader__remove' aria-label={`${entry.error === null ? '取消上传' : '删除'} ${entry.file.name}`} onClick={() => discard(entry)}>
            {entry.error === null ? '取消' : '删除'}
          </Button>
        </View>
      ))}

      {refusal && <Text className='photo-uploader__error' role='alert'>{refusal}</Text>}

      {room > 0 ? (
        <>
          <Button id={`material-${materialKey}-pick`} className='photo-uploader__pick' aria-label={`拍照或从相册选择：${materialName}`} onClick={() => void pick('media')}>
            拍照或从相册选择
          </Button>
          {/* PDFs reach a phone through chats; only WeChat can pick from them (a browser's picker already offers files). */}
          {process.env.TARO_ENV === 'weapp' ? (
            <Button id={`material-${materialKey}-chat`} className='photo-uploader__pick' aria-label={`从微信聊天选择图片或 PDF：${materialName}`} onClick={() => void pick('chat')}>
              从微信聊天选择（图片或 PDF）
            </Button>
          ) : null}
        </>
      ) : (
        <Text className='photo-uploader__meta'>{`已达上限 ${maxFiles} ${countUnit}，如需更换请先删除`}</Text>
      )}
    </View>
  )
}

function Thumbnail({ file, preview }: { file: UploadedFile; preview?: ChosenFile }) {
  if (preview && file.mime.startsWith('image/')) {
    return <Image className='photo-uploader__thumb' src={preview.path} mode='aspectFill' {...h5Attributes({ imgProps: { alt: `${file.name} 的预览` } })} {...weappAttributes({ ariaLabel: `${file.name} 的预览` })} />
  }
  // A PDF (or a photo restored from a draft, with no local copy) as a document tile: a page shape
  // with its kind in large letters, readable at a glance instead of a thin strip.
  const pdf = file.mime === 'application/pdf'
  return (
    <View className={`photo-uploader__thumb photo-uploader__thumb--kind${pdf ? ' photo-uploader__thumb--pdf' : ''}`} aria-hidden>
      <Text className='photo-uploader__thumb-label'>{pdf ? 'PDF' : '图片'}</Text>
    </View>
  )
}
