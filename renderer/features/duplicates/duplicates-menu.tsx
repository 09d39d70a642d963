import { DiffOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Menu } from 'antd';
import type { RequestOf } from '../../../shared/api/contract';
import { api } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { queryKeys } from '../../app/queries';

const COUNT_REQUEST: RequestOf<'duplicates.list'> = { status: 'pending', offset: 0, limit: 1 };

/** The sidebar's 查重 entry, with the number of pairs waiting for a decision. */
export function DuplicatesMenu({ selected }: { selected: boolean }) {
  const navigation = useNavigation();
  const count = useQuery({ queryKey: queryKeys.duplicates(COUNT_REQUEST), queryFn: () => api['duplicates.list'](COUNT_REQUEST) });
  const pending = count.data?.pendingCount ?? 0;
  return (
    <Menu
      mode="inline"
      aria-label="查重"
      selectedKeys={selected ? ['duplicates'] : []}
      style={{ borderInlineEnd: 'none', marginTop: 8 }}
      onClick={() => navigation.showDuplicates()}
      items={[
        {
          key: 'duplicates',
          icon: <DiffOutlined />,
          label: (
            <>
              查重
              <span style={{ float: 'right' }} aria-label={`待处理 ${pending} 对`}>
                {pending > 0 ? <Badge count={pending} size="small" color="#c0392b" /> : <span style={{ color: '#8c8780', fontSize: 12 }}>0</span>}
              </span>
            </>
          ),
        },
      ]}
    />
  );
}
