// The preload exposes `casebook`, whose keys are exactly the contract's methods, each invoking its
// own `casebook:<method>` channel and handing back main's envelope unchanged; and `casebookFiles`,
// the desktop's native file dialogs (DesktopFiles), each on its own `casebook-files:<name>` channel.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api/contract';
import { DESKTOP_FILES_METHODS } from '../../../shared/api/desktop-files';
import { contextBridge, ipcRenderer, recorded } from './electron-stub';

vi.mock('electron', () => import('./electron-stub'));

let bridge: Record<string, unknown>;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  bridge = recorded.exposed.get('casebook') as Record<string, unknown>;
});

describe('preload', () => {
  it('exposes exactly two objects: casebook (the contract) and casebookFiles (the native file dialogs)', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(2);
    expect([...recorded.exposed.keys()]).toEqual(['casebook', 'casebookFiles']);
  });

  it('sends each file dialog over its own channel and returns the envelope', async () => {
    const files = recorded.exposed.get('casebookFiles') as Record<string, (request: unknown) => Promise<unknown>>;
    expect(Object.keys(files).sort()).toEqual([...DESKTOP_FILES_METHODS].sort());
    for (const method of DESKTOP_FILES_METHODS) {
      ipcRenderer.invoke.mockClear();
      const request = { probe: method };
      expect(await files[method]?.(request)).toEqual({ ok: true, result: { channel: `casebook-files:${method}`, request } });
      expect(ipcRenderer.invoke).toHaveBeenCalledWith(`casebook-files:${method}`, request);
      expect(files[method]).not.toBe(ipcRenderer.invoke);
    }
  });

  it('has exactly the contract methods as keys, all functions', () => {
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('sends each method over its own channel and returns the envelope', async () => {
    for (const method of METHOD_NAMES) {
      ipcRenderer.invoke.mockClear();
      const request = { probe: method };
      const envelope = await (bridge[method] as (request: unknown) => Promise<unknown>)(request);
      expect(ipcRenderer.invoke).toHaveBeenCalledTimes(1);
      expect(ipcRenderer.invoke).toHaveBeenCalledWith(`casebook:${method}`, request);
      expect(envelope).toEqual({ ok: true, result: { channel: `casebook:${method}`, request } });
    }
  });

  it('does not hand out ipcRenderer or the IPC event', () => {
    for (const value of Object.values(bridge)) expect(value).not.toBe(ipcRenderer.invoke);
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
  });
});
