import { Typography } from 'antd';
import type { ImportResult } from '../../../shared/model/import';
import { useNavigation } from '../../app/navigation';
import { similarityPercent } from './duplicate-pair-card';

/** In the import report: this file was imported, but it nearly matches a document already there. */
export function NearDuplicateNote({ result, onOpen }: { result: ImportResult; onOpen: (id: string) => void }) {
  const navigation = useNavigation();
  const similarId = result.nearDuplicateOf;
  if (!similarId) return null;
  return (
    <div style={{ fontSize: 12 }}>
      <Typography.Text type="warning" style={{ fontSize: 12 }}>
        疑似重复（相似度 {similarityPercent(result.similarity ?? 0)}）
      </Typography.Text>
      ：
      <Typography.Link
        style={{ fontSize: 12 }}
        onClick={(event) => {
          event.stopPropagation();
          onOpen(similarId);
        }}
      >
        查看相似资料
      </Typography.Link>
      {' · '}
      <Typography.Link
        style={{ fontSize: 12 }}
        onClick={(event) => {
          event.stopPropagation();
          navigation.closeImport();
          navigation.showDuplicates();
        }}
      >
        去查重
      </Typography.Link>
    </div>
  );
}
