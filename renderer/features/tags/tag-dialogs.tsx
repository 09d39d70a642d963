import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useCallback } from 'react';
import { normalizeTagPath, TAG_SEPARATOR, type TagNode } from '../../../shared/model/tag';
import { api, errorMessage } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { queryKeys, useWrite } from '../../app/queries';

export type TagDialogState = { mode: 'create'; parent: string | null } | { mode: 'rename'; path: string };

/** Create a tag (under a parent) or rename/move one. "/" in the name makes deeper levels. */
export function TagNameDialog({ state, onClose }: { state: TagDialogState; onClose: () => void }) {
  const [form] = Form.useForm<{ name: string }>();
  const { message } = App.useApp();
  const navigation = useNavigation();
  const create = useWrite('tags.create');
  const rename = useWrite('tags.rename');
  const busy = create.isPending || rename.isPending;

  const submit = async () => {
    const { name } = await form.validateFields();
    const cleaned = normalizeTagPath(name);
    if (state.mode === 'create') {
      const path = state.parent ? `${state.parent}${TAG_SEPARATOR}${cleaned}` : cleaned;
      await create.mutateAsync({ path, description: null });
      void message.success(`已新建标签“${path}”`);
    } else {
      if (cleaned === state.path) return onClose();
      await rename.mutateAsync({ path: state.path, newPath: cleaned });
      void message.success(`已将标签改为“${cleaned}”`);
      const view = navigation.view;
      if (view.name === 'library' && view.tag && (view.tag === state.path || view.tag.startsWith(`${state.path}/`))) {
        navigation.showLibrary({ tag: cleaned + view.tag.slice(state.path.length) });
      }
    }
    onClose();
  };

  return (
    <Modal
      open
      title={state.mode === 'create' ? (state.parent ? `在“${state.parent}”下新建标签` : '新建标签') : '重命名标签'}
      okText={state.mode === 'create' ? '新建' : '保存'}
      confirmLoading={busy}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ name: state.mode === 'rename' ? state.path : '' }}
        onFinish={() => void submit().catch(() => undefined)}
      >
        <Form.Item
          name="name"
          label={state.mode === 'create' ? '标签名称' : '标签路径'}
          rules={[
            {
              validator: async (_rule, value: string | undefined) => {
                const cleaned = normalizeTagPath(value ?? '');
                if (!cleaned) throw new Error('标签名称不能为空');
                if (cleaned.length > 200) throw new Error('标签太长，不能超过 200 个字');
              },
            },
          ]}
          extra={
            state.mode === 'rename'
              ? '用“/”分隔上下级，例如“主题/党建联建”；修改上级部分即可移到其他标签下。'
              : '用“/”可一次建立多级，例如“培训/第三讲”。'
          }
        >
          <Input autoFocus maxLength={200} placeholder={state.mode === 'create' ? '例如：党建联建' : undefined} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Deleting a tag asks first and says how many documents lose it (the tag and its sub-tags). */
export function useDeleteTag(): (node: TagNode, isFilter: boolean) => void {
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const navigation = useNavigation();
  const removeTag = useWrite('tags.delete').mutateAsync;
  const { showLibrary } = navigation;

  return useCallback(
    (node: TagNode, isFilter: boolean) => {
      void (async () => {
        let affected: number;
        try {
          affected = (await queryClient.fetchQuery({
            queryKey: queryKeys.documents({ tag: node.path, limit: 1 }),
            queryFn: () => api['documents.list']({ tag: node.path, limit: 1 }),
            staleTime: 0,
          })).total;
        } catch (error) {
          void message.error(errorMessage(error));
          return;
        }
        const childCount = countDescendants(node);
        modal.confirm({
          title: `删除标签“${node.path}”？`,
          content: (
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              {childCount > 0 ? `它的 ${childCount} 个子标签也会一起删除。` : null}
              {affected > 0 ? `${affected} 份资料将失去这个标签` : '目前没有资料使用这个标签'}
              {affected > 0 && childCount > 0 ? '（含子标签）' : ''}。资料本身不会被删除。
            </Typography.Paragraph>
          ),
          okText: '删除',
          okButtonProps: { danger: true },
          cancelText: '取消',
          onOk: async () => {
            await removeTag({ path: node.path });
            void message.success(`已删除标签“${node.path}”`);
            if (isFilter) showLibrary();
          },
        });
      })();
    },
    [modal, message, queryClient, removeTag, showLibrary],
  );
}

function countDescendants(node: TagNode): number {
  return node.children.reduce((sum, child) => sum + 1 + countDescendants(child), 0);
}
