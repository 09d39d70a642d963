import type { MethodName, ParsedRequestOf, ResponseOf } from '../../../shared/api/contract';
import type { HostMethodName } from '../core/handler';
import { restoreLibraryInto } from '../library/restore-library';
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
  // The door's own library, which must be new or empty: its connection is closed so the restored
  // database can take its place; the next request opens the restored library.
  'backup.restore': (host, request) => {
    host.close();
    return restoreLibraryInto(host.openOptions, host.folder, request.source);
  },
};

export function isHostMethod(method: MethodName): method is HostMethodName {
  return Object.prototype.hasOwnProperty.call(hostHandlers, method);
}
