import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Menu } from 'antd';
import { api } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { draftKeys } from './draft-queries';

/** The sidebar's 草稿 entry, with the number of drafts. */
export function DraftsMenu({ selected }: { selected: boolean }) {
  const navigation = useNavigation();
  const list = useQuery({ queryKey: draftKeys.list(false), queryFn: () => api['drafts.list']({ trashed: false }) });
  return (
    <Menu
      mode="inline"
      aria-label="草稿"
      selectedKeys={selected ? ['drafts'] : []}
      style={{ borderInlineEnd: 'none', marginTop: 8 }}
      onClick={() => navigation.showDrafts(null)}
      items={[
        {
          key: 'drafts',
          icon: <EditOutlined />,
          label: (
            <>
              草稿
              <span style={{ float: 'right', color: '#8c8780', fontSize: 12, fontVariantNumeric: 'tabular-nums' }}>{list.data?.total ?? ''}</span>
            </>
          ),
        },
      ]}
    />
  );
}
