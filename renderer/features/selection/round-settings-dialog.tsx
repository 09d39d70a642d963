import { DeleteOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { App, AutoComplete, Button, Divider, Flex, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { DEFAULT_CRITERIA, DEFAULT_TARGET_COUNT, type RoundDetail } from '../../../shared/model/selection';
import { errorMessage } from '../../app/api-client';
import { useWrite } from '../../app/queries';
import { FormError } from '../../components/form-error';

/** The 设区市 of Zhejiang, offered for quotas (any other region can be typed). */
const CITIES = ['杭州市', '宁波市', '温州市', '嘉兴市', '湖州市', '绍兴市', '金华市', '衢州市', '舟山市', '台州市', '丽水市'];

interface CriterionRow {
  key?: string;
  name: string;
  weight: number | null;
  description: string;
}

interface QuotaRow {
  region: string;
  min: number | null;
  max: number | null;
}

const defaultCriteria = (): CriterionRow[] => DEFAULT_CRITERIA.map((criterion) => ({ ...criterion }));

/** 新建评选 / 评选设置: name, year, target, the criteria with weights, quotas per region, reviewers. */
export function RoundSettingsDialog({ round, onClose }: { round: RoundDetail | null; onClose: (createdId: string | null) => void }) {
  const { modal, message } = App.useApp();
  const create = useWrite('rounds.create', { quiet: true });
  const update = useWrite('rounds.update', { quiet: true });
  const thisYear = new Date().getFullYear();
  const [name, setName] = useState(round?.name ?? `${thisYear}年度红色工地十大典型案例评选`);
  const [year, setYear] = useState<number | null>(round?.year ?? thisYear);
  const [targetCount, setTargetCount] = useState<number | null>(round?.targetCount ?? DEFAULT_TARGET_COUNT);
  const [criteria, setCriteria] = useState<CriterionRow[]>(round ? round.criteria.map((criterion) => ({ ...criterion })) : defaultCriteria());
  const [quotas, setQuotas] = useState<QuotaRow[]>(round?.quotas ?? []);
  const [reviewers, setReviewers] = useState<string[]>(round?.reviewers ?? []);
  const [error, setError] = useState<string | null>(null);
  const weightSum = criteria.reduce((sum, criterion) => sum + (criterion.weight ?? 0), 0);

  const setCriterion = (index: number, patch: Partial<CriterionRow>) => setCriteria(criteria.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const setQuota = (index: number, patch: Partial<QuotaRow>) => setQuotas(quotas.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const submit = async () => {
    setError(null);
    if (weightSum !== 100) {
      setError(`各评分项的权重合计应为 100，现在是 ${weightSum}。`);
      return;
    }
    const settings = {
      name: name.trim(),
      year: year ?? thisYear,
      targetCount: targetCount ?? DEFAULT_TARGET_COUNT,
      criteria: criteria.map((row) => ({ ...(row.key ? { key: row.key } : {}), name: row.name.trim(), weight: row.weight ?? 0, description: row.description.trim() })),
      quotas: quotas.filter((row) => row.region.trim() !== '').map((row) => ({ region: row.region.trim(), min: row.min, max: row.max })),
      reviewers: reviewers.map((reviewer) => reviewer.trim()).filter(Boolean),
    };
    const removed = round ? round.reviewers.filter((reviewer) => !settings.reviewers.includes(reviewer)) : [];
    const scoredBy = removed.filter((reviewer) => round?.submissions.some((row) => row.reviews.some((review) => review.reviewer === reviewer)));
    if (scoredBy.length > 0) {
      const confirmed = await modal.confirm({
        title: '移除评审人',
        content: `评审人“${scoredBy.join('、')}”已经打过分，移除后这些评分会一并删除，不能恢复。确定移除吗？`,
        okText: '移除并保存',
        okButtonProps: { danger: true },
        cancelText: '取消',
      });
      if (!confirmed) return;
    }
    try {
      if (round) {
        await update.mutateAsync({ id: round.id, patch: settings });
        void message.success('评选设置已保存');
        onClose(null);
      } else {
        const created = await create.mutateAsync(settings);
        void message.success(`已新建评选“${created.name}”`);
        onClose(created.id);
      }
    } catch (cause) {
      setError(errorMessage(cause));
    }
  };

  return (
    <Modal
      open
      width={760}
      title={round ? '评选设置' : '新建评选'}
      okText={round ? '保存' : '新建'}
      cancelText="取消"
      confirmLoading={create.isPending || update.isPending}
      onOk={() => void submit()}
      onCancel={() => onClose(null)}
      destroyOnHidden
    >
      <Form layout="vertical" requiredMark={false}>
        <Flex gap={12}>
          <Form.Item label="评选名称" style={{ flex: 1 }}>
            <Input aria-label="评选名称" value={name} maxLength={100} onChange={(event) => setName(event.target.value)} autoFocus />
          </Form.Item>
          <Form.Item label="年度">
            <InputNumber aria-label="年度" value={year} min={2000} max={2100} onChange={setYear} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item label="入选数量">
            <InputNumber aria-label="入选数量" value={targetCount} min={1} max={500} onChange={setTargetCount} style={{ width: 100 }} />
          </Form.Item>
        </Flex>
        <Form.Item label="评审人" extra="输入姓名后按回车，可添加多位。各评审人的分数由您录入（或照评审表录入），排名取各评审人的平均分。">
          <Select mode="tags" aria-label="评审人" value={reviewers} onChange={setReviewers} tokenSeparators={[',', '，', '、']} placeholder="如：王某某、李某某" open={false} suffixIcon={null} />
        </Form.Item>
      </Form>

      <Divider titlePlacement="start" style={{ margin: '4px 0 12px' }}>
        评分标准（每项 0–100 分，按权重加权）
      </Divider>
      <div role="table" aria-label="评分标准">
        {criteria.map((row, index) => (
          <Flex key={row.key ?? `new-${index}`} gap={8} align="center" style={{ marginBottom: 8 }} role="row">
            <Input aria-label={`评分项 ${index + 1} 名称`} value={row.name} maxLength={30} onChange={(event) => setCriterion(index, { name: event.target.value })} style={{ width: 140 }} />
            <InputNumber aria-label={`${row.name || `评分项 ${index + 1}`}的权重`} value={row.weight} min={1} max={100} precision={0} suffix="%" onChange={(weight) => setCriterion(index, { weight })} style={{ width: 96 }} />
            <Input aria-label={`${row.name || `评分项 ${index + 1}`}的说明`} value={row.description} maxLength={300} placeholder="评分说明（可不填）" onChange={(event) => setCriterion(index, { description: event.target.value })} style={{ flex: 1 }} />
            <Button aria-label={`删除评分项${row.name}`} type="text" icon={<DeleteOutlined />} disabled={criteria.length <= 1} onClick={() => setCriteria(criteria.filter((_, i) => i !== index))} />
          </Flex>
        ))}
      </div>
      <Flex justify="space-between" align="center">
        <Flex gap={8}>
          <Button size="small" icon={<PlusOutlined />} onClick={() => setCriteria([...criteria, { name: '', weight: null, description: '' }])}>
            添加评分项
          </Button>
          <Button size="small" icon={<UndoOutlined />} onClick={() => setCriteria(defaultCriteria())}>
            恢复默认标准
          </Button>
        </Flex>
        <Typography.Text type={weightSum === 100 ? 'secondary' : 'danger'} aria-live="polite">
          权重合计 {weightSum}%{weightSum === 100 ? '' : '（应为 100%）'}
        </Typography.Text>
      </Flex>

      <Divider titlePlacement="start" style={{ margin: '16px 0 12px' }}>
        地区名额（可不设）
      </Divider>
      {quotas.length === 0 && <Typography.Paragraph type="secondary">不限地区。需要时可按设区市设置，例如“每个设区市最多 2 个”或“舟山市至少 1 个”。</Typography.Paragraph>}
      {quotas.map((row, index) => (
        <Flex key={index} gap={8} align="center" style={{ marginBottom: 8 }}>
          <AutoComplete aria-label={`名额 ${index + 1} 地区`} value={row.region} options={CITIES.map((city) => ({ value: city }))} onChange={(region: string) => setQuota(index, { region })} placeholder="设区市，如 温州市" style={{ width: 160 }} />
          <Typography.Text>至少</Typography.Text>
          <InputNumber aria-label={`${row.region || '该地区'}至少入选`} value={row.min} min={0} max={500} precision={0} onChange={(min) => setQuota(index, { min })} style={{ width: 80 }} />
          <Typography.Text>个，至多</Typography.Text>
          <InputNumber aria-label={`${row.region || '该地区'}至多入选`} value={row.max} min={0} max={500} precision={0} onChange={(max) => setQuota(index, { max })} style={{ width: 80 }} />
          <Typography.Text>个</Typography.Text>
          <Button aria-label={`删除${row.region}的名额`} type="text" icon={<DeleteOutlined />} onClick={() => setQuotas(quotas.filter((_, i) => i !== index))} />
        </Flex>
      ))}
      <Flex gap={8}>
        <Button size="small" icon={<PlusOutlined />} onClick={() => setQuotas([...quotas, { region: '', min: null, max: 2 }])}>
          添加地区名额
        </Button>
        <Button
          size="small"
          onClick={() => setQuotas(CITIES.map((region) => ({ region, min: null, max: 2 })))}
          title="为浙江省 11 个设区市各设“至多 2 个”"
        >
          每个设区市至多 2 个
        </Button>
      </Flex>
      <FormError error={error} marginTop={12} />
    </Modal>
  );
}
