import { useEffect, useRef } from 'react'
import type { FormSchema } from '@contract/application'
import { getOwnContact } from '@/services/api/family'
import type { FieldDraftValue } from '../draft-types'

/**
 * 联系电话 filled in from the account, once, where the form asks for a phone the person has not typed
 * yet (a field never touched is undefined; one the person cleared is '' and stays so). The unmasked
 * number comes from `GET /me/contact` only for this, the owner's own form (SPEC §4); the review step
 * and the case show it masked. No phone on the account, or no answer: nothing is filled.
 */
export function useContactPrefill(
  schema: FormSchema,
  active: boolean,
  fields: Record<string, FieldDraftValue>,
  fill: (key: string, value: string) => void,
): void {
  const done = useRef(false)
  const phoneKeys = schema.fields.filter((f) => f.kind === 'phone').map((f) => f.key)
  const untouched = phoneKeys.filter((key) => fields[key] === undefined)
  const wanted = active && !done.current && untouched.length > 0
  const fillRef = useRef(fill)
  fillRef.current = fill
  const untouchedRef = useRef(untouched)
  untouchedRef.current = untouched

  useEffect(() => {
    if (!wanted) return
    done.current = true
    let live = true
    getOwnContact()
      .then(({ phone }) => {
        if (!live || !phone) return
        for (const key of untouchedRef.current) fillRef.current(key, phone)
      })
      // Only a convenience: the person types the number when it cannot be fetched.
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [wanted])
}
