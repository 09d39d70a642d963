import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A small heading for a sidebar or panel section, with optional actions on the right. */
export function SectionTitle({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '14px 20px 4px', minHeight: 38 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12, letterSpacing: 1 }}>
        {children}
      </Typography.Text>
      {extra}
    </div>
  );
}
