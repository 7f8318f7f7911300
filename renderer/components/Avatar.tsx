import { underWhiteText } from './contrast';

/** A person's initials on their colour; the full name is the accessible label. */
export function Avatar({
  name,
  color,
  label,
  size = 'small',
}: {
  name: string;
  color: string;
  label?: string;
  size?: 'small' | 'large';
}) {
  const initials = name
    .replace(/^(Dr\.|Prof\.)\s*/i, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toLocaleUpperCase('de'))
    .join('');
  return (
    <span
      className={`avatar ${size}`}
      style={{ backgroundColor: underWhiteText(color) }}
      role="img"
      aria-label={label ?? name}
      title={label ?? name}
    >
      {initials || '?'}
    </span>
  );
}
