import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Skeleton, Typography } from 'antd';
import { FACET_FIELDS, FACET_LABELS, type FacetField, type FacetValue } from '../../../shared/model/search-extras';
import { api } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { queryKeys } from '../../app/queries';
import { hasFilter, toggleFilter } from '../../../shared/search/query-filters';

/** Values shown before 更多 in a facet. */
const SHOWN = 6;

function FacetGroup({ field, values, query }: { field: FacetField; values: FacetValue[]; query: string }) {
  const navigation = useNavigation();
  if (values.length === 0) return null;
  return (
    <div role="group" aria-label={`按${FACET_LABELS[field]}筛选`}>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', margin: '10px 0 4px' }}>
        {FACET_LABELS[field]}
      </Typography.Text>
      <Flex wrap gap={4}>
        {values.slice(0, field === 'tag' ? SHOWN * 2 : SHOWN).map((value) => {
          const active = hasFilter(query, value.filter);
          return (
            <Button
              key={value.filter}
              size="small"
              type={active ? 'primary' : 'default'}
              className="casebook-facet"
              aria-pressed={active}
              aria-label={`${FACET_LABELS[field]}：${value.label}（${value.count}）`}
              title={active ? `取消筛选 ${value.filter}` : `只看 ${value.filter}`}
              onClick={() => navigation.showSearch(toggleFilter(query, value.filter))}
            >
              {field === 'tag' ? value.label.split('/').at(-1) : value.label}
              <span style={{ opacity: 0.7, fontVariantNumeric: 'tabular-nums' }}>{value.count}</span>
            </Button>
          );
        })}
      </Flex>
    </div>
  );
}

/**
 * 分类筛选 beside the results: counts per type, region, year, tag, issuer and collection over every
 * match; a click adds the filter to the query as staff write it (类型:典型案例), a second click takes it out.
 */
export function SearchFacets({ query }: { query: string }) {
  const facets = useQuery({
    queryKey: queryKeys.facets(query),
    queryFn: () => api['search.facets']({ query }),
    placeholderData: (previous) => previous,
  });
  if (facets.isPending) return <Skeleton active paragraph={{ rows: 8 }} title={false} />;
  if (!facets.data || facets.data.total === 0) return null;
  const data = facets.data;
  return (
    <aside aria-label="分类筛选" className="casebook-facets">
      <Typography.Text strong style={{ fontSize: 13 }}>
        分类筛选
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
        全部 {data.total} 份结果，点选缩小范围
      </Typography.Text>
      {FACET_FIELDS.map((field) => (
        <FacetGroup key={field} field={field} values={data.facets[field]} query={query} />
      ))}
    </aside>
  );
}
