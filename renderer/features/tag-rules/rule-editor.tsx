import { ExperimentOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, AutoComplete, Button, Checkbox, Col, Form, Input, Modal, Radio, Row, Switch, Typography } from 'antd';
import { useMemo } from 'react';
import { patternProblem } from '../../../shared/model/rule-pattern';
import { normalizeTagPath } from '../../../shared/model/tag';
import {
  MATCH_LABELS,
  RULE_FIELD_LABELS,
  TAG_RULE_FIELDS,
  TAG_RULE_MATCHES,
  type TagRule,
  type TagRuleInput,
  type TagRuleMatch,
} from '../../../shared/model/tag-rule';
import { api, errorMessage } from '../../app/api-client';
import { queryKeys, useWrite } from '../../app/queries';
import { flattenTags, matchTagOptions } from '../tags/tag-paths';
import { RuleTestResultView } from './rule-test-result';

const PATTERN_HELP: Record<TagRuleMatch, string> = {
  any: '填写若干词，用空格分开；资料中出现其中任何一个词即命中。例如：清廉 廉洁 廉政',
  all: '填写若干词，用空格分开；这些词都出现才命中（不论先后）。例如：农民工 工资专户',
  exact: '填写一个完整短语，原样出现才命中。例如：临时党支部',
  regex: '填写 JavaScript 正则表达式，逐段匹配（不跨段落）。例如：(获评|命名为)[^。]{0,12}省级示范',
};

const EMPTY: TagRuleInput = { tagPath: '', match: 'any', pattern: '', caseSensitive: false, fields: 'both', enabled: true, autoApply: false };

function toInput(values: Partial<TagRuleInput>): TagRuleInput {
  return { ...EMPTY, ...values, tagPath: normalizeTagPath(values.tagPath ?? ''), pattern: (values.pattern ?? '').trim() };
}

/** 新建/编辑标签规则, with 试运行 over the library before saving. */
export function RuleEditor({ rule, onClose }: { rule: TagRule | null; onClose: () => void }) {
  const [form] = Form.useForm<TagRuleInput>();
  const { message } = App.useApp();
  const create = useWrite('tagRules.create');
  const update = useWrite('tagRules.update');
  const test = useMutation({ mutationFn: (input: TagRuleInput) => api['tagRules.test']({ rule: input }) });
  const tags = useQuery({ queryKey: queryKeys.tags, queryFn: () => api['tags.list']({}) });
  const match = Form.useWatch('match', form) ?? rule?.match ?? 'any';
  const tagInput = Form.useWatch('tagPath', form) ?? '';
  const all = useMemo(() => flattenTags(tags.data ?? []), [tags.data]);
  const tagOptions = useMemo(() => matchTagOptions(all, tagInput).map((node) => ({ value: node.path, label: node.path })), [all, tagInput]);

  const initialValues: TagRuleInput = rule
    ? { tagPath: rule.tagPath, match: rule.match, pattern: rule.pattern, caseSensitive: rule.caseSensitive, fields: rule.fields, enabled: rule.enabled, autoApply: rule.autoApply }
    : EMPTY;

  const runTest = async () => {
    const values = toInput(await form.validateFields());
    test.mutate(values);
  };

  const save = async () => {
    const values = toInput(await form.validateFields());
    if (rule) await update.mutateAsync({ id: rule.id, patch: values });
    else await create.mutateAsync(values);
    void message.success(rule ? '已保存标签规则' : `已新建标签规则：${values.tagPath}`);
    onClose();
  };

  return (
    <Modal
      open
      title={rule ? '编辑标签规则' : '新建标签规则'}
      width={1000}
      okText="保存"
      cancelText="取消"
      confirmLoading={create.isPending || update.isPending}
      onOk={() => void save().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
      styles={{ body: { maxHeight: '72vh', overflowY: 'auto', paddingInlineEnd: 8 } }}
    >
      <Row gutter={28}>
        <Col span={13}>
          <Form form={form} layout="vertical" initialValues={initialValues} requiredMark={false} onValuesChange={() => test.reset()}>
            <Form.Item
              name="tagPath"
              label="标签"
              rules={[
                {
                  validator: async (_rule, value: string | undefined) => {
                    if (!normalizeTagPath(value ?? '')) throw new Error('请选择或填写标签');
                  },
                },
              ]}
              extra="命中的资料会得到（或被建议）这个标签；用“/”分隔上下级，不存在的标签会自动新建。"
            >
              <AutoComplete options={tagOptions} placeholder="例如：主题/清廉工地" aria-label="标签" popupMatchSelectWidth={360} />
            </Form.Item>
            <Form.Item name="match" label="匹配方式">
              <Radio.Group optionType="button" options={TAG_RULE_MATCHES.map((value) => ({ value, label: MATCH_LABELS[value] }))} />
            </Form.Item>
            <Form.Item
              name="pattern"
              label="匹配内容"
              extra={PATTERN_HELP[match]}
              dependencies={['match', 'caseSensitive']}
              rules={[
                {
                  validator: async (_rule, value: string | undefined) => {
                    const problem = patternProblem(form.getFieldValue('match') as TagRuleMatch, (value ?? '').trim(), Boolean(form.getFieldValue('caseSensitive')));
                    if (problem) throw new Error(problem);
                  },
                },
              ]}
            >
              <Input maxLength={200} allowClear aria-label="匹配内容" style={match === 'regex' ? { fontFamily: 'Consolas, "Courier New", monospace' } : undefined} />
            </Form.Item>
            <Row gutter={16}>
              <Col span={14}>
                <Form.Item name="fields" label="匹配范围">
                  <Radio.Group options={TAG_RULE_FIELDS.map((value) => ({ value, label: RULE_FIELD_LABELS[value] }))} />
                </Form.Item>
              </Col>
              <Col span={10}>
                <Form.Item name="caseSensitive" label="英文大小写" valuePropName="checked">
                  <Checkbox>区分大小写</Checkbox>
                </Form.Item>
              </Col>
              <Col span={14}>
                <Form.Item name="autoApply" label="导入新资料时" getValueProps={(value: boolean) => ({ value: value ? 'auto' : 'suggest' })} normalize={(value: string) => value === 'auto'}>
                  <Radio.Group
                    options={[
                      { value: 'suggest', label: '仅建议（在资料中点“采用”）' },
                      { value: 'auto', label: '自动加标签' },
                    ]}
                  />
                </Form.Item>
              </Col>
              <Col span={10}>
                <Form.Item name="enabled" label="启用" valuePropName="checked">
                  <Switch aria-label="启用规则" />
                </Form.Item>
              </Col>
            </Row>
          </Form>
        </Col>
        <Col span={11} style={{ borderInlineStart: '1px solid #ece8e1' }}>
          <Typography.Title level={5} style={{ fontSize: 14, marginTop: 0 }}>
            试运行
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            用这条规则检查资料库（不含回收站），看看会命中哪些资料。只是试一试，不做任何修改。
          </Typography.Paragraph>
          <Button icon={<ExperimentOutlined />} loading={test.isPending} onClick={() => void runTest().catch(() => undefined)}>
            试运行
          </Button>
          {test.isError && <div style={{ color: '#c0392b', marginTop: 8 }}>{errorMessage(test.error)}</div>}
          {test.data && <RuleTestResultView result={test.data} />}
        </Col>
      </Row>
    </Modal>
  );
}
