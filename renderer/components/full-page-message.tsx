import { Result } from 'antd';
import type { ReactNode } from 'react';

/** A whole-window message (error, unauthorized, loading) so the app never shows a blank page. */
export function FullPageMessage({
  status,
  title,
  subTitle,
  extra,
}: {
  status: 'error' | 'warning' | 'info' | '403' | '404' | '500';
  title: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <div style={{ minHeight: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 24 }}>
      <Result
        status={status}
        title={<h1 style={{ font: 'inherit', color: 'inherit', margin: 0 }}>{title}</h1>}
        subTitle={subTitle}
        extra={extra}
        style={{ maxWidth: 640 }}
      />
    </div>
  );
}
