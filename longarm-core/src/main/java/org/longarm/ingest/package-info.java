/**
 * Ingest: turns input files (.json, .jsonl, .jsonl.gz, .txt with sidecar metadata) into {@link org.longarm.model.Article}s,
 * reporting bad input as {@link org.longarm.ingest.IngestProblem}s; the front door is {@link org.longarm.ingest.Ingest}.
 */
package org.longarm.ingest;
