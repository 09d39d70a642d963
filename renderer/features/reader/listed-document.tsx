import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { DocumentSummary } from '../../../shared/model/document';
import { useNavigation } from '../../app/navigation';
import { KindTag } from '../../components/kind-tag';

/** A document listed beside the reader's text (相关资料, 相似资料): kind and title, which opens it in the reader, then why it is listed. */
export function ListedDocument({ document, children }: { document: DocumentSummary; children: ReactNode }) {
  const navigation = useNavigation();
  return (
    <div style={{ minWidth: 0 }}>
      <Flex gap={6} align="flex-start">
        <KindTag kind={document.kind} />
        <Typography.Link onClick={() => navigation.openDocument(document.id)} style={{ lineHeight: 1.5 }}>
          {document.title}
        </Typography.Link>
      </Flex>
      {children}
    </div>
  );
}
