import { SourcecheckDB } from '../utils/db/schema';

export const db = new SourcecheckDB();
