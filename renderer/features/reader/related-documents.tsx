import { useQuery } from '@tanstack/react-query';
import { Flex, Skeleton, Typography } from 'antd';
import { api } from '../../app/api-client';
import { queryKeys } from '../../app/queries';
import { joinKnown } from '../../components/format';
import '../search/search-extras.css';
import { ListedDocument } from './listed-document';
import { relatedNotSimilar, RELATED_SHOWN } from '../../../shared/search/related-list';

/**
 * 相关资料 beside the text: the republished copy, the same practice, project or company, and documents
 * sharing rare keywords — each with why it is listed. Opening one replaces the document in the reader.
 */
export function RelatedDocuments({ documentId }: { documentId: string }) {
  // The same query as 相似资料 above (one request): what it lists is not listed again here.
  const similar = useQuery({ queryKey: queryKeys.similar(documentId), queryFn: () => api['duplicates.check']({ id: documentId }) });
  const related = useQuery({
    queryKey: queryKeys.related(documentId),
    // A few more than shown, so those listed under 相似资料 leave no gap.
    queryFn: () => api['search.related']({ id: documentId, limit: RELATED_SHOWN + 4 }),
  });
  const items = related.data && !similar.isPending ? relatedNotSimilar(related.data, similar.data) : undefined;
  return (
    <section aria-label="相关资料">
      <Typography.Title level={5} style={{ fontSize: 14, marginTop: 0 }}>
        相关资料{items && items.length > 0 ? `（${items.length}）` : ''}
      </Typography.Title>
      {!items && !related.isError && <Skeleton active title={false} paragraph={{ rows: 3 }} />}
      {items && items.length === 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          暂无相关资料。补全“做法名称”“项目”“单位”等信息，或导入更多同主题资料后会在这里列出。
        </Typography.Text>
      )}
      <Flex vertical gap={10}>
        {(items ?? []).map((item) => (
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
