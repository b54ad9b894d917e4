-- Longarm store, schema v3: analysts' reviews, saved watch rules and the audit log of writes.
-- Reviews are keyed by incident id (stable across re-runs), not by a foreign key: replacing the linked incidents
-- on import leaves them alone. Portable SQL, as in V1.

CREATE TABLE review (
    id          INTEGER NOT NULL PRIMARY KEY,
    incident_id TEXT    NOT NULL,
    verdict     TEXT    NOT NULL,
    note        TEXT    NOT NULL,
    who         TEXT    NOT NULL,
    at          TEXT    NOT NULL
);

CREATE INDEX review_incident ON review (incident_id);

CREATE TABLE watch (
    id         TEXT NOT NULL PRIMARY KEY,
    name       TEXT,
    type       TEXT,
    country    TEXT,
    query      TEXT,
    who        TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Every write through the API, newest last by id: who, when, what (action), on what (target), details as JSON.
CREATE TABLE audit (
    id     INTEGER NOT NULL PRIMARY KEY,
    at     TEXT    NOT NULL,
    who    TEXT    NOT NULL,
    action TEXT    NOT NULL,
    target TEXT    NOT NULL,
    detail TEXT    NOT NULL
);
