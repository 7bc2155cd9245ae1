import { Button } from '@tarojs/components'
import '../styles/choice-chip.scss'

interface ChoiceChipProps {
  label: string
  selected: boolean
  onToggle: () => void
}

/**
 * A selectable chip: aria-pressed for screen readers, and a ✓ plus a heavier border for eyes, so
 * the choice never depends on telling colours apart.
 */
export function ChoiceChip({ label, selected, onToggle }: ChoiceChipProps) {
  return (
    <Button
      className={`choice-chip${selected ? ' choice-chip--selected' : ''}`}
      aria-pressed={selected}
      aria-label={label}
      onClick={onToggle}
    >
      {selected ? `✓ ${label}` : label}
    </Button>
  )
}
