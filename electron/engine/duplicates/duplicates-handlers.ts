import { type Handlers } from '../core/handler';
import { checkDuplicates, listDuplicates, resolveDuplicate } from './duplicates-service';

/** 查重: the near-duplicates part of the handler table. */
export const duplicateHandlers = {
  // Listing and checking fill in missing signatures in batches of their own transactions.
  'duplicates.list': (library, request) => listDuplicates(library, request),
  'duplicates.resolve': (library, request) => resolveDuplicate(library, request),
  'duplicates.check': (library, request) => checkDuplicates(library, request.id),
} satisfies Partial<Handlers>;
