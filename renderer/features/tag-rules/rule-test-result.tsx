import { List, Tag, Typography } from 'antd';
import type { RuleTestResult } from '../../../shared/model/tag-rule';
import { KindTag } from '../../components/kind-tag';

/** What 试运行 found: how many documents the rule matches, and the first of them with what matched. */
export function RuleTestResultView({ result }: { result: RuleTestResult }) {
  const fresh = result.matched - result.alreadyTagged;
  const summary =
    result.matched === 0
      ? `在 ${result.scanned} 份资料中没有命中。`
      : `在 ${result.scanned} 份资料中命中 ${result.matched} 份，其中 ${result.alreadyTagged} 份已有这个标签，${fresh} 份将新加标签。`;
  return (
    <section aria-label="试运行结果" style={{ marginTop: 12 }}>
      <div role="status" style={{ padding: '8px 12px', borderRadius: 6, background: result.matched === 0 ? '#fdf6e7' : '#f1f6ee', border: `1px solid ${result.matched === 0 ? '#f0dcae' : '#d3e5cc'}` }}>
        <div>{summary}</div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          用时 {result.tookMs} 毫秒
        </Typography.Text>
      </div>
      {result.documents.length > 0 && (
        <List
          size="small"
          style={{ marginTop: 8, maxHeight: 340, overflowY: 'auto' }}
          bordered
          dataSource={result.documents}
          renderItem={(doc) => (
            <List.Item>
              <div style={{ minWidth: 0, width: '100%' }}>
                <div style={{ display: 'flex', gap: 6, alignItems: 'center', minWidth: 0 }}>
                  <KindTag kind={doc.kind} />
                  <Typography.Text ellipsis style={{ flex: 1 }}>
                    {doc.title}
                  </Typography.Text>
                  {doc.hasTag ? <Tag>已有标签</Tag> : <Tag color="green">将加标签</Tag>}
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  命中：{doc.hits.join('、')}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
      {result.matched > result.documents.length && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          只列出前 {result.documents.length} 份。
        </Typography.Text>
      )}
    </section>
  );
}
