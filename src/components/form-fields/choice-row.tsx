import { Button, Text, View } from '@tarojs/components'
import './choice-row.scss'

interface ChoiceRowProps {
  /** `radio`: one of a radiogroup, drawn as a ring with a dot; `checkbox`: a box with ✓. */
  role: 'radio' | 'checkbox'
  checked: boolean
  label: string
  /** A further class of the row, besides `choice-row`. */
  className?: string
  onClick: () => void
}

/** A whole row to tap (not a tiny native control), its drawn mark saying whether it is chosen. */
export function ChoiceRow({ role, checked, label, className, onClick }: ChoiceRowProps) {
  return (
    <Button
      className={`choice-row${className ? ` ${className}` : ''}${checked ? ' choice-row--checked' : ''}`}
      role={role}
      aria-checked={checked}
      aria-label={label}
      onClick={onClick}
    >
      <View className={`choice-row__mark choice-row__mark--${role === 'radio' ? 'radio' : 'box'}`} aria-hidden>
        {role === 'checkbox' && checked ? '✓' : null}
      </View>
      <Text className='choice-row__label'>{label}</Text>
    </Button>
  )
}

interface RadioChipProps {
  /** The chip's class; the chosen chip also gets `<className>--selected`. */
  className: string
  checked: boolean
  label: string
  /** A name that stays the same whether or not ✓ shows. */
  ariaLabel?: string
  onClick: () => void
}

/** A chip that is one choice of a radiogroup: the chosen one says ✓ too, so it never rests on colour alone. */
export function RadioChip({ className, checked, label, ariaLabel, onClick }: RadioChipProps) {
  return (
    <Button
      className={`${className}${checked ? ` ${className}--selected` : ''}`}
      role='radio'
      aria-checked={checked}
      aria-label={ariaLabel}
      onClick={onClick}
    >
      {checked ? `✓ ${label}` : label}
    </Button>
  )
}
