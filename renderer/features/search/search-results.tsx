import { StarOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Flex, Pagination, Segmented, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { SearchHit } from '../../../shared/model/search';
import { api, errorMessage } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { queryKeys } from '../../app/queries';
import { joinKnown } from '../../components/format';
import { HighlightedText } from '../../components/highlighted-text';
import { KindTag } from '../../components/kind-tag';
import { MarkedSnippet, markedTerms } from '../../components/marked-snippet';
import { queryTerms } from '../../../shared/search/query-terms';
import { SaveSearchDialog } from './save-search-dialog';
import { AddHitsToCollectionButton } from '../collections/add-to-collection';
import { documentDragProps } from '../collections/collection-queries';
import { ExcelButton } from '../export/excel-button';
import { SearchFacets } from './search-facets';
import './search-extras.css';

const PAGE_SIZE = 20;

function HitCard({ hit, terms }: { hit: SearchHit; terms: string[] }) {
  const navigation = useNavigation();
  const open = () => navigation.openDocument(hit.id, [...new Set([...terms, ...markedTerms(hit.snippet)])]);
  return (
    <article
      className="casebook-hit"
      role="link"
      tabIndex={0}
      aria-label={hit.title}
      {...documentDragProps(() => [hit.id], () => hit.title)}
      onClick={open}
      onKeyDown={(event) => {
        if (event.key === 'Enter') open();
      }}
    >
      <Flex align="center" gap={8} wrap={false}>
        <KindTag kind={hit.kind} />
        <Typography.Text strong className="casebook-hit-title" ellipsis>
          <HighlightedText text={hit.title} terms={terms} />
        </Typography.Text>
      </Flex>
      <div className="casebook-hit-meta">{joinKnown([hit.date, hit.region, hit.source ?? hit.issuer]) || '—'}</div>
      <p className="casebook-hit-snippet">
        <MarkedSnippet snippet={hit.snippet} />
      </p>
      {hit.tags.length > 0 && (
        <div>
          {hit.tags.slice(0, 6).map((tag) => (
            <Tag key={tag} style={{ fontSize: 12 }}>
              {tag}
            </Tag>
          ))}
          {hit.tags.length > 6 && <Typography.Text type="secondary">+{hit.tags.length - 6}</Typography.Text>}
        </div>
      )}
    </article>
  );
}

/** Full-text results for the query typed in the top bar. */
export function SearchResults({ query, initialSort = 'relevance' }: { query: string; initialSort?: 'relevance' | 'date' | undefined }) {
  const { message } = App.useApp();
  const [sort, setSort] = useState<'relevance' | 'date'>(initialSort);
  const [saving, setSaving] = useState(false);
  const [page, setPage] = useState(1);
  const [shown, setShown] = useState(query);
  if (shown !== query) {
    setShown(query);
    setPage(1);
  }
  const request = { query, sort, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
  const results = useQuery({
    queryKey: queryKeys.search(request),
    queryFn: () => api['search.query'](request),
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1]?.query === query ? previous : undefined),
  });
  const terms = queryTerms(query);

  return (
    <div className="casebook-search-layout">
      <section aria-label="检索结果" style={{ minWidth: 0 }}>
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            检索“{query}”
          </Typography.Title>
          <Flex gap={8} align="center">
            <AddHitsToCollectionButton hits={(results.data?.hits ?? []).map((hit) => ({ id: hit.id, title: hit.title }))} />
            <ExcelButton request={{ list: { query, sort } }} disabled={!results.data || results.data.total === 0} />
            <Button icon={<StarOutlined />} onClick={() => setSaving(true)}>
              保存搜索
            </Button>
            <Segmented<'relevance' | 'date'>
              aria-label="排序"
              value={sort}
              onChange={(value) => {
                setSort(value);
                setPage(1);
              }}
              options={[
                { label: '按相关度', value: 'relevance' },
                { label: '按日期', value: 'date' },
              ]}
            />
          </Flex>
        </Flex>
        {results.isError && <Alert type="error" showIcon title={errorMessage(results.error)} />}
        {results.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
        {results.data && (
          <>
            <Typography.Paragraph type="secondary" role="status">
              找到{results.data.estimated ? '约 ' : ' '}
              {results.data.total} 份资料，用时 {Math.max(0, Math.round(results.data.tookMs))} 毫秒
            </Typography.Paragraph>
            {results.data.notice && <Alert type="info" showIcon title={results.data.notice} style={{ marginBottom: 12 }} />}
            {results.data.total === 0 ? (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  <span>
                    没有找到包含“{query}”的资料。
                    <br />
                    试试更短或更常用的词，去掉筛选条件（如 类型:、标签:、地区:），或检查是否有错别字。
                  </span>
                }
              />
            ) : (
              <>
                <div className="casebook-hit-list">
                  {results.data.hits.map((hit) => (
                    <HitCard key={hit.id} hit={hit} terms={terms} />
                  ))}
                </div>
                {results.data.total > PAGE_SIZE && (
                  <Pagination
                    style={{ marginTop: 16 }}
                    current={page}
                    pageSize={PAGE_SIZE}
                    total={results.data.total}
                    showSizeChanger={false}
                    onChange={setPage}
                  />
                )}
              </>
            )}
          </>
        )}
        {saving && (
          <SaveSearchDialog
            query={query}
            sort={sort}
            onClose={(saved) => {
              setSaving(false);
              if (saved) void message.success(`已保存为“${saved.name}”，可在左侧“保存的搜索”中打开`);
            }}
          />
        )}
      </section>
      <SearchFacets query={query} />
    </div>
  );
}
