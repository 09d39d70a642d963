import { FileTextOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, List, Tag, Typography } from 'antd';
import { api } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { formatDateTime } from '../../components/format';
import { draftKeys } from './draft-queries';

export function useCitingDrafts(documentId: string) {
  return useQuery({ queryKey: draftKeys.citing(documentId), queryFn: () => api['drafts.citing']({ documentId }) });
}

/** 被引用: the drafts that quote this document; each opens in the drafts view. */
export function CitedByPanel({ documentId }: { documentId: string }) {
  const navigation = useNavigation();
  const citing = useCitingDrafts(documentId);
  if (!citing.data || citing.data.length === 0) {
    return (
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        还没有草稿引用这份资料。选中正文中的文字，点“引用到草稿”。
      </Typography.Paragraph>
    );
  }
  return (
    <List
      size="small"
      aria-label="引用这份资料的草稿"
      dataSource={citing.data}
      renderItem={(item) => (
        <List.Item>
          <div>
            <Button
              type="link"
              size="small"
              icon={<FileTextOutlined />}
              style={{ paddingInline: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
              onClick={() => {
                navigation.closeReader();
                navigation.showDrafts(item.draftId);
              }}
            >
              {item.title}
            </Button>
            {item.deletedAt && <Tag style={{ marginInlineStart: 6 }}>在回收站</Tag>}
            <div style={{ fontSize: 12, color: '#8c8780' }}>
              引用 {item.citationCount} 处 · {formatDateTime(item.updatedAt)}
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}
