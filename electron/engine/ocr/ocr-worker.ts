// The OCR worker's entry (ocr-pool.ts starts it): recognises one page at a time for the engine's thread.
import { serveTasks } from '../workers/serve-tasks';
import { recognizePage, type PageRecognitionTask } from './page-recognition';

serveTasks((task: PageRecognitionTask) => recognizePage(task));
