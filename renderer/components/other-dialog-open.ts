/** Whether a dialog is on screen (other than one with `exceptClass`): window-wide keys then stay out of its way. */
export function otherDialogOpen(exceptClass?: string): boolean {
  const except = exceptClass ? `:not(.${exceptClass})` : '';
  return document.querySelector(`.ant-modal-wrap:not([style*="display: none"]) .ant-modal${except}`) !== null;
}
