import { useQuery } from '@tanstack/react-query';
import { Flex, Tag, Typography } from 'antd';
import { DUPLICATE_STATUS_LABELS } from '../../../shared/model/duplicates';
import { api } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { queryKeys } from '../../app/queries';
import { joinKnown } from '../../components/format';
import { ListedDocument } from '../reader/listed-document';
import { similarityPercent } from './duplicate-pair-card';

/** The reader's 相似资料: documents whose text nearly matches this one. Nothing at all when there are none. */
export function SimilarDocuments({ documentId }: { documentId: string }) {
  const navigation = useNavigation();
  const similar = useQuery({ queryKey: queryKeys.similar(documentId), queryFn: () => api['duplicates.check']({ id: documentId }) });
  if (!similar.data || similar.data.length === 0) return null;
  const pending = similar.data.some((item) => item.status === 'pending');
  return (
    <section aria-label="相似资料">
      <Flex justify="space-between" align="baseline">
        <Typography.Title level={5} style={{ fontSize: 14, marginTop: 0 }}>
          相似资料（{similar.data.length}）
        </Typography.Title>
        {pending && (
          <Typography.Link style={{ fontSize: 12 }} onClick={() => { navigation.closeReader(); navigation.showDuplicates(); }}>
            去查重
          </Typography.Link>
        )}
      </Flex>
      <Flex vertical gap={8}>
        {similar.data.map((item) => (
          <ListedDocument key={item.document.id} document={item.document}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {joinKnown([`相似度 ${similarityPercent(item.similarity)}`, item.document.date, item.document.source])}
            </Typography.Text>
            {item.status && item.status !== 'pending' && (
              <Tag style={{ marginInlineStart: 6, fontSize: 11 }}>{DUPLICATE_STATUS_LABELS[item.status]}</Tag>
            )}
          </ListedDocument>
        ))}
      </Flex>
    </section>
  );
}
