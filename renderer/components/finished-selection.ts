/**
 * Tells when a text selection is finished, for the buttons placed over a selection (引用到草稿,
 * 摘录到专辑). While the mouse button is down (a drag still growing the selection) or Shift is held
 * (Shift+arrows), the selection is not finished: the buttons must not appear at its start, where the
 * drag would end on them and shrink it. On mouseup or on releasing Shift it is; a selection made any
 * other way (a script, select-all by menu) is finished at once.
 */
export interface SelectionWatch {
  /** Whether a drag or a keyboard selection is in progress. */
  selecting: () => boolean;
  stop: () => void;
}

export function watchFinishedSelection({ onFinished, onStarted, toolbar }: {
  /** The selection is final: place the buttons (or remove them when it is empty). */
  onFinished: () => void;
  /** A selection is being made: remove the buttons. */
  onStarted: () => void;
  /** The buttons themselves (CSS selector): pressing one does not start a selection. */
  toolbar: string;
}): SelectionWatch {
  let pointerDown = false;
  let shiftHeld = false;
  let after: ReturnType<typeof setTimeout> | undefined;
  const selecting = () => pointerDown || shiftHeld;
  const finished = () => {
    clearTimeout(after);
    // After the event's own default action, so the selection is the final one.
    after = setTimeout(onFinished, 0);
  };
  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0 || (event.target instanceof Element && event.target.closest(toolbar))) return;
    pointerDown = true;
    onStarted();
  };
  const onPointerUp = () => {
    if (!pointerDown) return;
    pointerDown = false;
    finished();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Shift') shiftHeld = true;
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (!shiftHeld || event.shiftKey) return;
    shiftHeld = false;
    finished();
  };
  const onSelectionChange = () => {
    if (selecting()) onStarted();
    else finished();
  };
  const onBlur = () => {
    if (!selecting()) return;
    pointerDown = false;
    shiftHeld = false;
    finished();
  };
  document.addEventListener('pointerdown', onPointerDown, true);
  document.addEventListener('pointerup', onPointerUp, true);
  document.addEventListener('pointercancel', onPointerUp, true);
  document.addEventListener('keydown', onKeyDown, true);
  document.addEventListener('keyup', onKeyUp, true);
  document.addEventListener('selectionchange', onSelectionChange);
  window.addEventListener('blur', onBlur);
  return {
    selecting,
    stop: () => {
      clearTimeout(after);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('pointerup', onPointerUp, true);
      document.removeEventListener('pointercancel', onPointerUp, true);
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('keyup', onKeyUp, true);
      document.removeEventListener('selectionchange', onSelectionChange);
      window.removeEventListener('blur', onBlur);
    },
  };
}
