import type { MethodName } from '../../shared/api/contract';

/** The IPC channel that carries one contract method; main registers exactly these. */
export const IPC_CHANNEL_PREFIX = 'casebook:';

export function ipcChannel(method: MethodName): `casebook:${MethodName}` {
  return `${IPC_CHANNEL_PREFIX}${method}`;
}
