package org.longarm.model;

/** Who a sentence attributes its claim to (ONTOLOGY.md, "Sources and provenance"). */
public enum AttributionKind { OFFICIAL_NAMED, OFFICIAL_ANONYMOUS, ANONYMOUS_SOURCE, NAMED_SOURCE, MEDIA, AUTHOR }
