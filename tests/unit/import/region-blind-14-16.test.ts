import { describe, expect, it } from 'vitest';
import { readCopiedText as readText } from './fixture-helpers';

// Regions the eval's dev batches showed unread where only the stated 来源 says where (dev/titles 嵊州, dev/blind-14 鼓楼):
// a paper's or site's name as 来源 names its place as little as a passing mention does, and says which of several
// districts of one name the text means. Sample texts written for these tests.

const lines = (...text: string[]): string => text.join('\n');

describe('the stated 来源', () => {
  it('places a profile whose text names only its province', () => {
    const read = readText(
      lines(
        '李建国：把党旗插在工地最高处',
        '2024-12-02\u3000来源：嵊州日报\u3000作者：周某',
        '清晨六点半，李建国已经出现在项目工地上，他每天第一件事就是带着党员安全员巡查作业面。',
        '两年来，他带领支部推行“党员挂牌上岗”，项目实现零事故。',
        '今年，李建国被评为浙江省优秀红色工地党支部书记。',
      ),
    );
    expect(read.meta.region).toBe('浙江省绍兴市嵊州市');
  });

  it('says which 鼓楼区 a report means', () => {
    const text = (source: string) =>
      lines(
        '鼓楼区启动工友权益保障月活动',
        `2025-05-06\u3000来源：${source}`,
        '5月6日，鼓楼区住建局联合区总工会启动工友权益保障月活动。',
        '活动期间，各项目党支部将开展工资支付大排查、法律咨询进工地等活动。',
        '首日即为工友现场解答法律问题86个。',
      );
    expect(readText(text('福州新闻网')).meta.region).toBe('福建省福州市鼓楼区');
    expect(readText(text('南京日报')).meta.region).toBe('江苏省南京市鼓楼区');
  });

  it('does not outweigh the district the text is about', () => {
    const read = readText(
      lines(
        '瓯海区推行工地“红色驿站”',
        '2025-03-10\u3000来源：浙江日报',
        '瓯海区住建局在全区23个在建项目推行工地“红色驿站”，为工友提供休息、饮水、阅读等服务。',
        '瓯海区各项目党支部每月在驿站开展一次政策宣讲。',
        '驿站运行以来，累计服务工友1.2万人次。',
      ),
    );
    expect(read.meta.region).toBe('浙江省温州市瓯海区');
  });
});
