-- Ids of incidents that were merged into others by a later import: the old id still resolves to the incident that
-- now holds its first mention.
CREATE TABLE incident_alias (
    alias_id    TEXT NOT NULL PRIMARY KEY,
    incident_id TEXT NOT NULL
);

CREATE INDEX incident_alias_target ON incident_alias (incident_id);
