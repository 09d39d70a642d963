import { BookOutlined, CodeOutlined, InfoCircleOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { MOD } from '../../components/mod-key';
import { AboutDialog } from './about-dialog';
import { useLoadSample } from './use-load-sample';

/** 帮助 in the top bar: the keyboard shortcuts, the command palette, 载入示例资料 for a library started empty, and 关于案例库. */
export function HelpMenu({ onShortcuts, onPalette }: { onShortcuts: () => void; onPalette: () => void }) {
  const loadSample = useLoadSample();
  const [aboutOpen, setAboutOpen] = useState(false);
  const items: MenuProps['items'] = [
    { key: 'shortcuts', icon: <QuestionCircleOutlined />, label: '键盘快捷键', extra: '?' },
    { key: 'palette', icon: <CodeOutlined />, label: '命令面板', extra: `${MOD}+Shift+P` },
    { type: 'divider' },
    { key: 'sample', icon: <BookOutlined />, label: '载入示例资料…' },
    { type: 'divider' },
    { key: 'about', icon: <InfoCircleOutlined />, label: '关于案例库' },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'shortcuts') onShortcuts();
    if (key === 'palette') onPalette();
    if (key === 'sample') void loadSample();
    if (key === 'about') setAboutOpen(true);
  };
  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        {/* Labelled, not a bare "?" with a tooltip: a tooltip stayed over 导入 while the menu was open. */}
        <Button type="text" icon={<QuestionCircleOutlined />}>
          帮助
        </Button>
      </Dropdown>
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
    </>
  );
}
