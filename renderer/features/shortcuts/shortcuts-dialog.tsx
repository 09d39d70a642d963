import { Modal, Typography } from 'antd';
import { Fragment } from 'react';
import { SHORTCUT_GROUPS } from './shortcut-list';

/** 键盘快捷键: every shortcut, grouped by where it works (opened with ?, F1 or from the command palette). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} title="键盘快捷键" footer={null} onCancel={onClose} width={820} destroyOnHidden>
      <div className="casebook-shortcuts">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title} aria-label={group.title}>
            <Typography.Title level={5}>{group.title}</Typography.Title>
            <dl>
              {group.items.map((item) => (
                <Fragment key={item.does}>
                  <dt>
                    {item.keys.map((key, index) => (
                      <Fragment key={key}>
                        {index > 0 && <span className="casebook-shortcuts-or">或</span>}
                        <kbd>{key}</kbd>
                      </Fragment>
                    ))}
                  </dt>
                  <dd>{item.does}</dd>
                </Fragment>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Modal>
  );
}
