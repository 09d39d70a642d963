import type { ThemeConfig } from 'antd';

export const FONT_STACK = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Hiragino Sans GB", sans-serif';

/** Calm, paper-like surfaces with a restrained party red as the accent. */
export const casebookTheme: ThemeConfig = {
  token: {
    colorPrimary: '#b7282e',
    colorLink: '#a3242a',
    colorInfo: '#3f6f9f',
    colorBgLayout: '#f5f4f1',
    colorBorderSecondary: '#ece8e1',
    borderRadius: 4,
    fontFamily: FONT_STACK,
    fontSize: 14,
  },
  components: {
    Layout: {
      siderBg: '#fbfaf8',
      headerBg: '#ffffff',
      headerHeight: 56,
      headerPadding: '0 20px',
    },
    Menu: {
      itemBg: 'transparent',
      itemSelectedBg: '#f6e7e4',
      itemSelectedColor: '#9f1f25',
      itemHeight: 36,
    },
    Table: {
      headerBg: '#faf8f5',
      rowHoverBg: '#fbf3f1',
      rowSelectedBg: '#f8e9e6',
      rowSelectedHoverBg: '#f4dfdb',
    },
    Tree: {
      nodeSelectedBg: '#f6e7e4',
      nodeHoverBg: '#f3efe9',
    },
  },
};
