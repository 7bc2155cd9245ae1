import { useState } from 'react'
import type { CheckResult } from '@/domain/identity'
import { toApiError } from '@/services/http'

type Errors<K extends string> = Partial<Record<K, string>>

/** A typed field's check: its message, or undefined when the value is fine. */
export type FieldCheck = (value: string) => string | undefined

/** A `CheckResult` check of '@/domain/identity' (身份证号, 信用代码, 手机号) as a FieldCheck. */
export function messageOf(check: (raw: string) => CheckResult): FieldCheck {
  return (value) => {
    const result = check(value)
    return result.ok ? undefined : result.message
  }
}

/** What the check makes of a value (spaces and full-width characters removed); the value itself if it fails. */
export function normalisedBy(check: (raw: string) => CheckResult, value: string): string {
  const result = check(value)
  return result.ok ? result.value : value
}

/**
 * A short form of typed fields that is checked on the phone and sent once (实名认证, 企业认证,
 * 帮办代办). A field is checked as the person leaves it (an empty one waits for submit), all of
 * them again on submit, and a second tap while sending does nothing. What was typed stays on any
 * failure; the server's per-field reasons go under their fields, and a failure that no typed field
 * explains becomes the one message of the form.
 *
 * `serverFields`: fields that are not typed (a chosen time) but that the server may give a reason
 * for; it is shown with them, yet the form's message is still shown too.
 */
export function useCheckedForm<K extends string, S extends string = never>(checks: Record<K, FieldCheck>, serverFields: readonly S[] = []) {
  const keys = Object.keys(checks) as K[]
  const [values, setValues] = useState(() => Object.fromEntries(keys.map((key) => [key, ''])) as Record<K, string>)
  const [errors, setErrors] = useState<Errors<K | S>>({})
  const [formError, setFormError] = useState('')
  const [busy, setBusy] = useState(false)

  const set = (key: K, value: string) => setValues((v) => ({ ...v, [key]: value }))
  const leave = (key: K) => setErrors((e) => ({ ...e, [key]: values[key].trim() === '' ? undefined : checks[key](values[key]) }))

  /** Checks every field; only when all pass, `send` runs with what was typed. */
  async function submit(send: (values: Record<K, string>) => Promise<void>) {
    if (busy) return
    const next = Object.fromEntries(keys.map((key) => [key, checks[key](values[key])])) as Errors<K | S>
    setErrors(next)
    setFormError('')
    if (keys.some((key) => next[key])) return
    setBusy(true)
    try {
      await send(values)
    } catch (e) {
      const { fields, message } = toApiError(e)
      const typed = keys.some((key) => fields[key])
      if (typed || serverFields.some((key) => fields[key])) {
        setErrors(Object.fromEntries([...keys, ...serverFields].map((key) => [key, fields[key]])) as Errors<K | S>)
      }
      if (!typed) setFormError(message)
    } finally {
      setBusy(false)
    }
  }

  /** Value, message and handlers of one typed field, as an IdentityInput takes them. */
  const field = (key: K) => ({
    value: values[key],
    error: errors[key],
    onInput: (value: string) => set(key, value),
    onBlur: () => leave(key),
  })

  return { values, errors, formError, busy, set, leave, submit, field }
}

export type CheckedForm<K extends string, S extends string = never> = ReturnType<typeof useCheckedForm<K, S>>
