import { useQuery } from '@tanstack/react-query';
import { Flex, Skeleton, Typography } from 'antd';
import { api } from '../../app/api-client';
import { queryKeys } from '../../app/queries';
import { joinKnown } from '../../components/format';
import '../search/search-extras.css';
import { ListedDocument } from './listed-document';

/**
 * 相关资料 beside the text: the republished copy, the same practice, project or company, and documents
 * sharing rare keywords — each with why it is listed. Opening one replaces the document in the reader.
 */
export function RelatedDocuments({ documentId }: { documentId: string }) {
  const related = useQuery({
    queryKey: queryKeys.related(documentId),
    queryFn: () => api['search.related']({ id: documentId, limit: 8 }),
  });
  return (
    <section aria-label="相关资料">
      <Typography.Title level={5} style={{ fontSize: 14, marginTop: 0 }}>
        相关资料{related.data && related.data.length > 0 ? `（${related.data.length}）` : ''}
      </Typography.Title>
      {related.isPending && <Skeleton active title={false} paragraph={{ rows: 3 }} />}
      {related.data && related.data.length === 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          暂无相关资料。补全“做法名称”“项目”“单位”等信息，或导入更多同主题资料后会在这里列出。
        </Typography.Text>
      )}
      <Flex vertical gap={10}>
        {(related.data ?? []).map((item) => (
          <ListedDocument key={item.document.id} document={item.document}>
            {item.reasons.map((reason) => (
              <span key={reason} className="casebook-related-reason">
                {reason}
              </span>
            ))}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {joinKnown([item.document.date, item.document.region, item.document.source ?? item.document.issuer])}
            </Typography.Text>
          </ListedDocument>
        ))}
      </Flex>
    </section>
  );
}
