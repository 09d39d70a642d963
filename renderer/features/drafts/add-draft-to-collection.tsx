import { FolderAddOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { AddToCollectionDialog } from '../collections/add-to-collection';

/** 加入专辑 for a draft: it joins a collection as an item of kind 草稿, like a document. */
export function AddDraftToCollection({ draftId, title, beforeAdd }: { draftId: string; title: string; beforeAdd: () => Promise<void> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<FolderAddOutlined />} onClick={() => void beforeAdd().then(() => setOpen(true))}>
        加入专辑
      </Button>
      {open && (
        <AddToCollectionDialog
          title={`把草稿“${title || '未命名草稿'}”加入专辑`}
          items={[{ kind: 'draft', draftId }]}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
