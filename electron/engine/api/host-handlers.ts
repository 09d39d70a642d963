import type { MethodName, ParsedRequestOf, ResponseOf } from '../../../shared/api/contract';
import type { HostMethodName } from '../core/handler';
import { restoreToNewLibrary } from '../library/restore-to-new-library';
import type { LibraryHost } from './library-host';

type HostHandler<M extends MethodName> = (host: LibraryHost, request: ParsedRequestOf<M>) => ResponseOf<M> | Promise<ResponseOf<M>>;

/** The methods that change which library a door serves; every other method is answered by one library (handlers.ts). */
export const hostHandlers: { [M in HostMethodName]: HostHandler<M> } = {
  'backup.restoreToNew': (host, request) => {
    const result = restoreToNewLibrary(host.openOptions, host.folder, request.folder, request.source);
    host.switchTo(result.folder, false);
    return result;
  },
};

export function isHostMethod(method: MethodName): method is HostMethodName {
  return Object.prototype.hasOwnProperty.call(hostHandlers, method);
}
