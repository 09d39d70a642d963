import { Alert, Flex, Tag, Tooltip, Typography } from 'antd';
import { SPREAD_WARNING, type RoundDetail } from '../../../shared/model/selection';

/** What the round still needs: the target count, region quotas, near duplicates and large spreads. */
export function RoundChecks({ round }: { round: RoundDetail }) {
  const { target } = round;
  const duplicates = round.submissions.filter((row) => row.duplicates.length > 0 && row.stage !== 'rejected').length;
  const spreads = round.submissions.filter((row) => row.spreadWarning && row.stage !== 'rejected').length;
  const unscored = round.submissions.filter((row) => row.score === null && row.stage !== 'rejected').length;
  const targetText =
    target.status === 'met' ? `入选 ${target.selected} 个，已达到目标 ${target.target} 个` : target.status === 'under' ? `入选 ${target.selected} 个，目标 ${target.target} 个，还差 ${target.target - target.selected} 个` : `入选 ${target.selected} 个，超出目标 ${target.target} 个 ${target.selected - target.target} 个`;
  const problems = round.quotaChecks.filter((check) => check.status !== 'ok');

  return (
    <section aria-label="评选检查" style={{ marginBottom: 12 }}>
      <Flex gap={8} wrap align="center">
        <Tag color={target.status === 'met' ? 'green' : target.status === 'over' ? 'red' : 'gold'} aria-label="入选数量">
          {targetText}
        </Tag>
        {round.quotaChecks.map((check) => {
          const limit = [check.min === null ? null : `至少 ${check.min}`, check.max === null ? null : `至多 ${check.max}`].filter(Boolean).join('、');
          const state = check.status === 'ok' ? '' : check.status === 'over' ? '，超出名额' : '，不足';
          return (
            <Tooltip key={check.region} title={`名额：${limit}`}>
              <Tag color={check.status === 'ok' ? undefined : 'red'} aria-label={`${check.region}名额`}>
                {check.region} 入选 {check.selected}（{limit}）{state}
              </Tag>
            </Tooltip>
          );
        })}
        {Object.entries(round.selectedByRegion)
          .filter(([region]) => !round.quotaChecks.some((check) => check.region === region))
          .map(([region, count]) => (
            <Tag key={region}>
              {region} 入选 {count}
            </Tag>
          ))}
        {unscored > 0 && <Typography.Text type="secondary">{unscored} 件尚未评完分</Typography.Text>}
      </Flex>
      {(problems.length > 0 || duplicates > 0 || spreads > 0) && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title={[
            problems.length > 0 ? `地区名额：${problems.map((check) => `${check.region}${check.status === 'over' ? '超出' : '不足'}`).join('、')}` : null,
            duplicates > 0 ? `${duplicates} 件申报与其他申报内容高度相似（疑似重复），请核对` : null,
            spreads > 0 ? `${spreads} 件的评审人打分相差超过 ${SPREAD_WARNING} 分，建议复核` : null,
          ]
            .filter(Boolean)
            .join('；')}
        />
      )}
    </section>
  );
}
