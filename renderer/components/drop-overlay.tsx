import { InboxOutlined } from '@ant-design/icons';

/** Covers the window while files are dragged over it. */
export function DropOverlay({ label }: { label: string }) {
  return (
    <div
      aria-hidden
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 2000,
        background: 'rgba(183, 40, 46, 0.08)',
        border: '3px dashed #b7282e',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        pointerEvents: 'none',
      }}
    >
      <div style={{ background: '#fff', padding: '24px 40px', borderRadius: 8, fontSize: 18, boxShadow: '0 4px 24px rgba(0,0,0,0.12)' }}>
        <InboxOutlined style={{ fontSize: 32, color: '#b7282e', marginInlineEnd: 12, verticalAlign: 'middle' }} />
        {label}
      </div>
    </div>
  );
}
