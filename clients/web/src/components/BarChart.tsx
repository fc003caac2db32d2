import { useId } from 'react'

export interface Bar {
  label: string
  value: number
}

/** A horizontal bar chart that is a table underneath: screen readers read rows of label and
 * value, everyone else sees the bars. */
export function BarChart({ caption, bars, unit, format = String }: { caption: string; bars: Bar[]; unit?: string; format?(n: number): string }) {
  const id = useId()
  const max = Math.max(1, ...bars.map((b) => b.value))
  return (
    <table className="bar-chart" aria-describedby={`${id}-cap`}>
      <caption id={`${id}-cap`}>{caption}</caption>
      <tbody>
        {bars.map((b) => (
          <tr key={b.label}>
            <th scope="row">{b.label}</th>
            <td className="bar-cell">
              <span className="bar" style={{ width: `${(b.value / max) * 100}%` }} aria-hidden="true" />
            </td>
            <td className="num">
              {format(b.value)}
              {unit ? ` ${unit}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
