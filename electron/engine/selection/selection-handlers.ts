import { write, type Handlers } from '../core/handler';
import { makeBooklet } from './selection-booklet-service';
import { makeReviewPackage } from './review-package/review-package-write';
import { previewReviewResult, readResultSource } from './review-package/review-result-merge';
import { createRound, deleteRound, getRound, listRounds, updateRoundSettings } from './selection-service';
import { addSubmissions, moveStage, removeSubmission, saveScores } from './selection-submissions-service';

/** 评选 rounds, their submissions, scores and booklet: the selection part of the handler table. */
export const selectionHandlers = {
  'rounds.list': (library) => listRounds(library),
  'rounds.get': (library, request) => getRound(library, request.id),
  'rounds.create': write((library, request) => createRound(library, request)),
  'rounds.update': write((library, request) => updateRoundSettings(library, request.id, request.patch)),
  'rounds.delete': write((library, request) => deleteRound(library, request.id)),
  'rounds.addSubmissions': (library, request) => addSubmissions(library, request.roundId, request.documentIds),
  'rounds.removeSubmission': write((library, request) => removeSubmission(library, request.roundId, request.documentId)),
  'rounds.moveStage': write((library, request) => moveStage(library, request)),
  'rounds.saveScores': write((library, request) => saveScores(library, request)),
  'rounds.makeBooklet': write((library, request) => makeBooklet(library, request)),
  'rounds.package': (library, request) => makeReviewPackage(library, request),
  'rounds.previewResult': (library, request) => previewReviewResult(library, readResultSource(request.source)),
} satisfies Partial<Handlers>;
