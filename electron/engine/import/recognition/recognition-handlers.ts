import type { Handlers } from '../../core/handler';
import { cancelRecognition, openRecognitionStates, recognitionFinished, recognitionLayout, recognitionState, requestRecognition } from './recognition-service';

/** 文字识别 (OCR) of scans and photos: the recognition part of the handler table. */
export const recognitionHandlers = {
  'documents.ocrLayout': (library, request) => recognitionLayout(library, request.id),
  'documents.ocrStatus': (library, request) => (request.ids ? request.ids.flatMap((id) => recognitionState(library, id) ?? []) : openRecognitionStates(library)),
  'documents.ocr': (library, request) => requestRecognition(library, request.id, request.redo),
  'documents.ocrCancel': (library, request) => cancelRecognition(library, request.id),
  'documents.ocrWait': (library, request) => recognitionFinished(library, request.ids),
} satisfies Partial<Handlers>;
