import type { Plugin } from 'vite';

const VIRTUAL_PREFIX = '\0casebook-decorative-icon:';
const ICON_PACKAGE = /[\\/]@ant-design[\\/]icons[\\/]es[\\/]/;
const ICON_BASE = /(?:^|\/)components\/(?:AntdIcon|AntdIconLight)(?:\.js)?$/;

/**
 * Ant Design's icons name themselves in English for screen readers (<span role="img"
 * aria-label="file-add">), so a button is read as "file-add 从空资料库开始" and a menu item as
 * "appstore 全部". In Casebook every icon sits beside a Chinese label or inside a control that has
 * one, so icons are decorative: the two base components every icon module imports (antd's own
 * icons included) are swapped for a wrapper that hides the icon from assistive technology, unless
 * the caller gave that icon an aria-label of its own.
 */
export function decorativeIcons(): Plugin {
  return {
    name: 'casebook-decorative-icons',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      // The wrapper's own import of the original (importer: the virtual module) must reach the original.
      if (!importer || importer.startsWith(VIRTUAL_PREFIX) || !ICON_PACKAGE.test(importer) || !ICON_BASE.test(source)) return null;
      const original = await this.resolve(source, importer, { ...options, skipSelf: true });
      return original ? `${VIRTUAL_PREFIX}${original.id}` : null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL_PREFIX)) return null;
      const original = JSON.stringify(id.slice(VIRTUAL_PREFIX.length));
      return `import * as React from 'react';
import Icon from ${original};
const DecorativeIcon = React.forwardRef(function DecorativeIcon(props, ref) {
  const hidden = props['aria-label'] === undefined && props['aria-labelledby'] === undefined;
  return React.createElement(Icon, { 'aria-hidden': hidden ? true : undefined, ...props, ref });
});
DecorativeIcon.getTwoToneColor = Icon.getTwoToneColor;
DecorativeIcon.setTwoToneColor = Icon.setTwoToneColor;
export default DecorativeIcon;
`;
    },
  };
}
