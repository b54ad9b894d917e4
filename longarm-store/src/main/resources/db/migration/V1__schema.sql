-- Longarm store, schema v1. Portable SQL: runs on SQLite and PostgreSQL alike.
-- Booleans are INTEGER 0/1; lists and nested values are JSON text; dates and instants are ISO text.

CREATE TABLE article (
    id               TEXT    NOT NULL PRIMARY KEY,
    outlet           TEXT,
    url              TEXT,
    published        TEXT,
    title            TEXT,
    text             TEXT    NOT NULL,
    language         TEXT,
    extra_json       TEXT    NOT NULL,
    flags            TEXT    NOT NULL,
    source           TEXT,
    sha256           TEXT    NOT NULL,
    imported_at      TEXT    NOT NULL,
    candidate        INTEGER NOT NULL,
    relevant         INTEGER NOT NULL,
    pipeline_version TEXT    NOT NULL,
    result_json      TEXT    NOT NULL
);

CREATE INDEX article_published ON article (published);

-- One row per mention of each incident an article reports; rewritten with its article, in the same transaction.
CREATE TABLE article_mention (
    article_id     TEXT    NOT NULL REFERENCES article (id),
    incident_index INTEGER NOT NULL,
    mention_index  INTEGER NOT NULL,
    start_offset   INTEGER NOT NULL,
    end_offset     INTEGER NOT NULL,
    type           TEXT    NOT NULL,
    status         TEXT    NOT NULL,
    PRIMARY KEY (article_id, incident_index, mention_index)
);

CREATE TABLE incident (
    id               TEXT NOT NULL PRIMARY KEY,
    type             TEXT NOT NULL,
    status           TEXT NOT NULL,
    origin_state     TEXT,
    country          TEXT,
    time_from        TEXT,
    time_to          TEXT,
    pipeline_version TEXT,
    json             TEXT NOT NULL
);

CREATE INDEX incident_type ON incident (type);
CREATE INDEX incident_time_from ON incident (time_from);

CREATE TABLE incident_mention (
    incident_id   TEXT    NOT NULL REFERENCES incident (id),
    mention_index INTEGER NOT NULL,
    article_id    TEXT    NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    type          TEXT    NOT NULL,
    PRIMARY KEY (incident_id, mention_index)
);

CREATE INDEX incident_mention_article ON incident_mention (article_id);
