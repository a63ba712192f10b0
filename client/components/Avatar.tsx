import { initials } from '../colors.ts';

export function Avatar({ name, color, title, size = 28 }: { name: string; color: string; title?: string; size?: number }) {
  return (
    <span className="avatar" style={{ background: color, width: size, height: size, fontSize: size * 0.4 }} title={title ?? name}>
      {initials(name)}
    </span>
  );
}
