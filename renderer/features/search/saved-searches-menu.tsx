import { DeleteOutlined, EditOutlined, MoreOutlined, StarOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Dropdown, Typography } from 'antd';
import { useState } from 'react';
import type { SavedSearch } from '../../../shared/model/search-extras';
import { api } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { queryKeys, useWrite } from '../../app/queries';
import { SectionTitle } from '../../components/section-title';
import { SaveSearchDialog } from './save-search-dialog';
import './search-extras.css';

function countText(item: SavedSearch): string {
  return `${item.estimated ? '约' : ''}${item.count}`;
}

/**
 * 保存的搜索 in the sidebar: each runs again when clicked, with how many documents match it now;
 * 重命名 and 删除 from its menu (删除 asks first; the documents are not touched).
 */
export function SavedSearchesMenu() {
  const navigation = useNavigation();
  const { modal, message } = App.useApp();
  const saved = useQuery({ queryKey: queryKeys.savedSearches, queryFn: () => api['savedSearches.list']({}) });
  const remove = useWrite('savedSearches.delete');
  const [renaming, setRenaming] = useState<SavedSearch | null>(null);
  const { view } = navigation;
  const current = view.name === 'search' ? view.query : null;

  const confirmDelete = (item: SavedSearch) => {
    void modal.confirm({
      title: `删除保存的搜索“${item.name}”？`,
      content: '只删除这条保存的检索条件，资料本身不受影响。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => remove.mutateAsync({ id: item.id }).then(() => void message.success('已删除')),
    });
  };

  return (
    <section aria-label="保存的搜索">
      <SectionTitle>保存的搜索</SectionTitle>
      {saved.data && saved.data.length === 0 && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, padding: '0 20px', margin: 0 }}>
          检索后点“保存搜索”，常用的检索会列在这里，点开即重新检索。
        </Typography.Paragraph>
      )}
      <ul className="casebook-saved-searches" style={{ listStyle: 'none', margin: 0, padding: '0 8px' }}>
        {(saved.data ?? []).map((item) => {
          const active = current === item.query;
          return (
            <li
              key={item.id}
              style={{
                display: 'flex',
                alignItems: 'center',
                gap: 6,
                padding: '0 4px 0 16px',
                height: 36,
                borderRadius: 6,
                background: active ? '#fbeaea' : undefined,
              }}
            >
              <StarOutlined style={{ color: '#c99a1a', fontSize: 13 }} />
              <button
                type="button"
                className="casebook-saved-search"
                title={`${item.query}（点开重新检索）`}
                aria-label={`保存的搜索：${item.name}（${countText(item)} 份）`}
                aria-current={active ? 'page' : undefined}
                onClick={() => navigation.showSearch(item.query, item.sort)}
                style={{ color: active ? '#9f1f25' : '#3d3a36' }}
              >
                {item.name}
              </button>
              <span style={{ color: '#8c8780', fontSize: 12, fontVariantNumeric: 'tabular-nums' }}>{countText(item)}</span>
              <Dropdown
                trigger={['click']}
                menu={{
                  items: [
                    { key: 'rename', icon: <EditOutlined />, label: '重命名' },
                    { key: 'delete', icon: <DeleteOutlined />, label: '删除', danger: true },
                  ],
                  onClick: ({ key }) => (key === 'rename' ? setRenaming(item) : confirmDelete(item)),
                }}
              >
                <Button type="text" size="small" icon={<MoreOutlined />} aria-label={`${item.name}的操作`} />
              </Dropdown>
            </li>
          );
        })}
      </ul>
      {renaming && (
        <SaveSearchDialog query={renaming.query} sort={renaming.sort} existing={renaming} onClose={() => setRenaming(null)} />
      )}
    </section>
  );
}
