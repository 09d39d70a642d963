/** The modifier key as the user's keyboard labels it: ⌘ on a Mac, Ctrl elsewhere. */
export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
export const MOD = IS_MAC ? '⌘' : 'Ctrl';
