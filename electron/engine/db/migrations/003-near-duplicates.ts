/**
 * Near duplicates (查重), kept in step with documents by the engine (electron/engine/duplicates/):
 * - minhash_signatures: one MinHash signature per document (NULL when its text is too short to
 *   compare), with the scheme that made it so a newer Casebook can tell it must recompute. Documents
 *   imported before this migration get theirs lazily, in batches, at first use.
 * - minhash_bands: the signature's LSH band keys, so finding candidates is an index lookup, never a
 *   scan of the library.
 * - near_duplicates: one row per pair found (the newer document and the one it resembles), with the
 *   estimated Jaccard similarity and what the user decided: pending, kept (保留两份) or merged.
 * Purging a document removes its signature, bands and pairs (ON DELETE CASCADE).
 */
export const migration003NearDuplicates = `
CREATE TABLE minhash_signatures (
  document_seq  INTEGER PRIMARY KEY REFERENCES documents(seq) ON DELETE CASCADE,
  scheme        INTEGER NOT NULL,
  shingle_count INTEGER NOT NULL,
  signature     BLOB
);

CREATE TABLE minhash_bands (
  band_key     INTEGER NOT NULL,
  document_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  PRIMARY KEY (band_key, document_seq)
) WITHOUT ROWID;
CREATE INDEX minhash_bands_document ON minhash_bands(document_seq);

CREATE TABLE near_duplicates (
  id           INTEGER PRIMARY KEY,
  document_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  similar_seq  INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  similarity   REAL NOT NULL CHECK (similarity >= 0 AND similarity <= 1),
  status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'kept', 'merged')),
  kept_seq     INTEGER REFERENCES documents(seq) ON DELETE SET NULL,
  created_at   TEXT NOT NULL,
  resolved_at  TEXT,
  resolved_by  TEXT,
  CHECK (document_seq <> similar_seq),
  UNIQUE (document_seq, similar_seq)
);
CREATE INDEX near_duplicates_similar ON near_duplicates(similar_seq);
CREATE INDEX near_duplicates_status ON near_duplicates(status);
`;
