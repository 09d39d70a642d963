import { TrophyOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Menu } from 'antd';
import { api } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { queryKeys } from '../../app/queries';

/** The sidebar's 评选 entry (十大典型案例评选), with the number of rounds. */
export function SelectionMenu({ selected }: { selected: boolean }) {
  const navigation = useNavigation();
  const rounds = useQuery({ queryKey: queryKeys.rounds, queryFn: () => api['rounds.list']({}) });
  return (
    <Menu
      mode="inline"
      aria-label="评选"
      selectedKeys={selected ? ['selection'] : []}
      style={{ borderInlineEnd: 'none', marginTop: 8 }}
      onClick={() => navigation.showSelection(null)}
      items={[
        {
          key: 'selection',
          icon: <TrophyOutlined />,
          label: (
            <>
              评选
              <span style={{ float: 'right', color: '#8c8780', fontSize: 12, fontVariantNumeric: 'tabular-nums' }}>{rounds.data?.length ?? ''}</span>
            </>
          ),
        },
      ]}
    />
  );
}
