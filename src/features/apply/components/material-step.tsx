import { Button, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ELicense, FormMaterial, FormSchema, UploadLimits } from '@contract/application'
import { useRequest, type RequestState } from '@/hooks/use-request'
import { listLicenses } from '@/services/api/profile'
import { useSessionStore } from '@/stores/session-store'
import type { MaterialDraft } from '../draft-types'
import { acceptedTypesLabel, formatBytes } from '../materials'
import { LicensePicker, validityLabel } from './license-picker'
import { MaterialUploader } from './material-uploader'
import './material-step.scss'

export interface MaterialStepProps {
  schema: FormSchema
  materials: Record<string, MaterialDraft>
  onChange: (key: string, next: MaterialDraft) => void
  errors: Record<string, string>
  /** True while any file is still uploading (the form should not move on or submit then). */
  onBusyChange?: (busy: boolean) => void
}

const EMPTY: MaterialDraft = { files: [], licenseId: null }

/**
 * 申请材料: one card per material of the item, each uploaded (photos, checked before sending, with
 * progress, retry and remove) or, where an e-license can replace it, picked from the person's
 * e-licenses and marked 免提交.
 */
export function MaterialStep({ schema, materials, onChange, errors, onBusyChange }: MaterialStepProps): JSX.Element {
  const signedIn = useSessionStore((s) => s.user !== null)
  const verified = useSessionStore((s) => Boolean(s.user?.realName))
  const wantsLicenses = signedIn && schema.materials.some((m) => m.eLicenseType)
  // Re-asked after verification: e-licenses are found by the verified identity.
  const licenses = useRequest(listLicenses, [verified], { enabled: wantsLicenses })

  const [busyKeys, setBusyKeys] = useState<readonly string[]>([])
  const setBusy = useCallback((key: string, busy: boolean) => {
    setBusyKeys((keys) => (busy ? (keys.includes(key) ? keys : [...keys, key]) : keys.filter((k) => k !== key)))
  }, [])
  const anyBusy = busyKeys.length > 0
  const onBusyRef = useRef(onBusyChange)
  onBusyRef.current = onBusyChange
  useEffect(() => {
    onBusyRef.current?.(anyBusy)
  }, [anyBusy])

  return (
    <View className='material-step'>
      <Text className='material-step__title' role='heading' aria-level={2}>申请材料</Text>
      <Text className='material-step__intro'>
        {`可拍照或从相册选择，支持 ${acceptedTypesLabel(schema.uploads)} 格式，单个文件不超过 ${formatBytes(schema.uploads.maxBytes)}。标有「可用电子证照」的材料可免提交。`}
      </Text>
      {schema.materials.map((material, index) => (
        <MaterialCard
          key={material.key}
          index={index + 1}
          material={material}
          draft={materials[material.key] ?? EMPTY}
          limits={schema.uploads}
          error={errors[material.key]}
          licenses={licenses}
          verified={verified}
          onChange={(next) => onChange(material.key, next)}
          onBusyChange={setBusy}
        />
      ))}
    </View>
  )
}

interface MaterialCardProps {
  index: number
  material: FormMaterial
  draft: MaterialDraft
  limits: UploadLimits
  error: string | undefined
  licenses: RequestState<ELicense[]>
  verified: boolean
  onChange: (next: MaterialDraft) => void
  onBusyChange: (key: string, busy: boolean) => void
}

function MaterialCard({ index, material, draft, limits, error, licenses, verified, onChange, onBusyChange }: MaterialCardProps) {
  const [picking, setPicking] = useState(false)
  const [uploading, setUploading] = useState(false)
  // Files uploaded before switching to an e-license come back if the person switches back.
  const setAside = useRef<MaterialDraft['files']>([])
  const titleId = `material-${material.key}-title`
  const license = draft.licenseId ? licenses.data?.find((l) => l.id === draft.licenseId) : undefined

  const reportBusy = useCallback((busy: boolean) => {
    setUploading(busy)
    onBusyChange(material.key, busy)
  }, [material.key, onBusyChange])

  const chooseLicense = (picked: ELicense) => {
    setAside.current = draft.files
    setPicking(false)
    onChange({ files: [], licenseId: picked.id })
  }

  const backToUpload = () => {
    onChange({ files: setAside.current, licenseId: null })
    setAside.current = []
  }

  return (
    <View className={`material-card${error ? ' material-card--error' : ''}`} role='group' aria-labelledby={titleId}>
      <View className='material-card__head'>
        <Text id={titleId} className='material-card__name' role='heading' aria-level={3}>{`${index}. ${material.name}`}</Text>
        <Text className={`material-card__badge${material.required ? ' material-card__badge--required' : ''}`}>{material.required ? '必交' : '选交'}</Text>
      </View>
      {material.note && <Text className='material-card__note'>{material.note}</Text>}
      <Text className='material-card__note'>{`最多 ${material.maxFiles} 个文件${material.eLicenseType ? ` · 可用电子证照：${material.eLicenseType}` : ''}`}</Text>

      {draft.licenseId ? (
        <View className='material-card__license' role='status'>
          <Text className='material-card__exempt'>✓ 免提交：已使用电子证照</Text>
          {license ? (
            <>
              <Text className='material-card__license-line'>{`${license.type} · ${license.number}`}</Text>
              <Text className='material-card__license-line'>{`${license.issuer} · ${validityLabel(license)}`}</Text>
            </>
          ) : (
            <Text className='material-card__license-line'>{material.eLicenseType ?? '电子证照'}</Text>
          )}
          <Button className='material-card__switch' onClick={backToUpload}>改为上传文件</Button>
        </View>
      ) : (
        <>
          <MaterialUploader
            materialKey={material.key}
            materialName={material.name}
            files={draft.files}
            maxFiles={material.maxFiles}
            limits={limits}
            onFilesChange={(files) => onChange({ files, licenseId: null })}
            onBusyChange={reportBusy}
          />
          {material.eLicenseType && !uploading && (
            picking ? (
              <LicensePicker
                type={material.eLicenseType}
                licenses={licenses}
                verified={verified}
                onPick={chooseLicense}
                onClose={() => setPicking(false)}
              />
            ) : (
              <Button className='material-card__use-license' onClick={() => setPicking(true)}>使用电子证照（免提交）</Button>
            )
          )}
        </>
      )}
      {error && <Text className='material-card__error' role='alert'>{error}</Text>}
    </View>
  )
}
