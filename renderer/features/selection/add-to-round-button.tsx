import { TrophyOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Empty, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { api, errorMessage } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { queryKeys, useWrite } from '../../app/queries';
import { FormError } from '../../components/form-error';

/** 加入评选: the library list's bulk action that enters the selected cases in a round. */
export function AddToRoundButton({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<TrophyOutlined />} onClick={() => setOpen(true)}>
        加入评选
      </Button>
      {open && (
        <AddToRoundDialog
          ids={ids}
          onClose={(done) => {
            setOpen(false);
            if (done) onDone();
          }}
        />
      )}
    </>
  );
}

function AddToRoundDialog({ ids, onClose }: { ids: string[]; onClose: (done: boolean) => void }) {
  const { message } = App.useApp();
  const navigation = useNavigation();
  const rounds = useQuery({ queryKey: queryKeys.rounds, queryFn: () => api['rounds.list']({}) });
  const add = useWrite('rounds.addSubmissions', { quiet: true });
  const [roundId, setRoundId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const chosen = roundId ?? rounds.data?.[0]?.id ?? null;

  const submit = async () => {
    if (!chosen) return setError('请选择评选活动');
    try {
      const result = await add.mutateAsync({ roundId: chosen, documentIds: ids });
      void message.success(`已加入评选“${result.name}”：新增 ${result.added} 件${result.skipped > 0 ? `，${result.skipped} 件已在其中` : ''}`);
      onClose(true);
    } catch (cause) {
      setError(errorMessage(cause));
    }
  };

  const none = rounds.data !== undefined && rounds.data.length === 0;
  return (
    <Modal
      open
      title={`把 ${ids.length} 份资料加入评选`}
      okText="加入评选"
      cancelText="取消"
      okButtonProps={{ disabled: none }}
      confirmLoading={add.isPending}
      onOk={() => void submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      {none ? (
        <Empty description="还没有评选活动。">
          <Button
            type="primary"
            onClick={() => {
              onClose(false);
              navigation.showSelection(null);
            }}
          >
            去新建评选
          </Button>
        </Empty>
      ) : (
        <Form layout="vertical">
          <Form.Item label="评选活动" extra="只有“典型案例”类的资料可以参加评选；已在评选中的会跳过。">
            <Select
              aria-label="评选活动"
              value={chosen}
              loading={rounds.isPending}
              onChange={setRoundId}
              options={(rounds.data ?? []).map((round) => ({ value: round.id, label: `${round.name}（申报 ${round.submissionCount} 件）` }))}
            />
          </Form.Item>
        </Form>
      )}
      <FormError error={error} />
    </Modal>
  );
}
