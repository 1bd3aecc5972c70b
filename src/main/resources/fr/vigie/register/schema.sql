-- The Vigie register, schema version 1 (PRAGMA user_version).
-- Written by `vigie register`; every statement below is kept by SQLite with its comments,
-- so `sqlite3 register.sqlite .schema` shows this documentation.

CREATE TABLE documents (              -- one row per Vigie output record imported
    id             TEXT PRIMARY KEY,  -- document.id: SHA-256 of the input's bytes ('unread:' || source when none were read)
    source         TEXT NOT NULL,     -- document.source: the input's path as extraction named it
    media_type     TEXT,
    title          TEXT,
    language       TEXT,
    date           TEXT,              -- publication date (TIMEX3 date: YYYY, YYYY-MM or YYYY-MM-DD), null when unknown
    date_origin    TEXT,              -- METADATA, TEXT, OPTION or NONE
    length         INTEGER,           -- characters of document.text
    status         TEXT NOT NULL CHECK (status IN ('ok', 'error')),
    error_code     TEXT,              -- for status 'error': NOT_FOUND, PARSE_ERROR, TIMEOUT...
    error_message  TEXT,
    warnings       TEXT,              -- JSON array of {code, message}
    text           TEXT,              -- document.text when the output carries it (extract --include-text)
    schema_version TEXT,              -- schemaVersion of the output record
    output_file    TEXT NOT NULL,     -- the output file the record was read from (absolute path)
    output_line    INTEGER,           -- its line, in a JSON Lines file
    record_sha256  TEXT NOT NULL,     -- SHA-256 of the record's JSON written compact: a re-import of the same record changes nothing
    imported_at    TEXT NOT NULL      -- UTC time this version of the record was imported
);
CREATE INDEX documents_source ON documents(source);

CREATE TABLE claims (                 -- one row per claim of each document (SPEC §3), offsets into document.text
    id                 INTEGER PRIMARY KEY, -- row number, for claims_search; a claim is named by (document_id, claim_id)
    document_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    claim_id           TEXT NOT NULL, -- claims[].id, unique within its document (c1, c2...)
    actor_key          TEXT NOT NULL, -- the name facts merge actors on: actor_canonical, else actor_text
    tool_key           TEXT NOT NULL, -- the name facts merge tools on: tool_canonical, else tool_text
    actor_text         TEXT, actor_canonical TEXT, actor_type TEXT, actor_start INTEGER, actor_end INTEGER,
    action_text        TEXT, action_lemma TEXT, action_type TEXT NOT NULL, action_start INTEGER, action_end INTEGER,
    tool_text          TEXT, tool_canonical TEXT, tool_vendor TEXT, tool_category TEXT, tool_start INTEGER, tool_end INTEGER,
    time_text          TEXT, time_type TEXT, time_value TEXT, time_mod TEXT,
    time_begin         TEXT,          -- time.interval.begin (TIMEX3), null where open
    time_end           TEXT,          -- time.interval.end (TIMEX3), null where open
    time_start         INTEGER, time_stop INTEGER,   -- offsets of the time expression
    place_text         TEXT, place_canonical TEXT,
    legal_status       TEXT,          -- LEGAL, EXPERIMENTAL, ILLEGAL, UNKNOWN
    legal_grounds      TEXT,          -- JSON array of ground codes
    legal_text         TEXT,
    legal_references   TEXT,          -- JSON array of {text, canonical}
    modality           TEXT,          -- ASSERTED, REPORTED, ALLEGED, NEGATED, PLANNED
    attribution_text   TEXT, attribution_source TEXT,
    evidence_sentence  INTEGER, evidence_start INTEGER, evidence_end INTEGER,
    evidence_text      TEXT,          -- the sentence that states the claim
    support            TEXT,          -- JSON array of the other sentences the claim draws on (SPEC §3), null when the output has none
    confidence         REAL,
    UNIQUE (document_id, claim_id)
);
CREATE INDEX claims_pair ON claims(actor_key, tool_key);

-- Full-text search over what claims say, accents and case ignored:
--   SELECT c.* FROM claims_search s JOIN claims c ON c.id = s.rowid WHERE claims_search MATCH 'drone*'
CREATE VIRTUAL TABLE claims_search USING fts5(
    evidence_text, actor_text, tool_text, attribution_text,
    content = 'claims', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER claims_search_insert AFTER INSERT ON claims BEGIN INSERT INTO claims_search(rowid, evidence_text, actor_text, tool_text, attribution_text) VALUES (new.id, new.evidence_text, new.actor_text, new.tool_text, new.attribution_text); END;
CREATE TRIGGER claims_search_delete AFTER DELETE ON claims BEGIN INSERT INTO claims_search(claims_search, rowid, evidence_text, actor_text, tool_text, attribution_text) VALUES ('delete', old.id, old.evidence_text, old.actor_text, old.tool_text, old.attribution_text); END;

CREATE TABLE facts (                  -- one row per distinct actor x tool x action, merged across documents
    id              TEXT PRIMARY KEY, -- first 16 hex digits of SHA-256(actor, tool, action): stable across imports
    actor           TEXT NOT NULL,    -- claims.actor_key
    actor_type      TEXT,             -- the type most of its claims give
    action          TEXT NOT NULL,    -- USE, ACQUIRE, DEPLOY, EXPERIMENT, RENEW, STOP
    tool            TEXT NOT NULL,    -- claims.tool_key
    tool_vendor     TEXT,
    tool_category   TEXT,
    begin           TEXT,             -- earliest time_begin of its claims (TIMEX3 value as stated)
    end             TEXT,             -- latest time_end of its claims; null when none states an end
    begin_year      INTEGER,
    end_year        INTEGER,
    ongoing         INTEGER NOT NULL, -- 1 when a claim gives a begin and leaves the end open ('depuis 2015')
    legal_statuses  TEXT,             -- distinct legal statuses stated, ';'-separated
    legal_grounds   TEXT,             -- distinct ground codes, ';'-separated
    modalities      TEXT,             -- distinct modalities, ';'-separated
    places          TEXT,             -- distinct places (canonical), ';'-separated
    sources         INTEGER NOT NULL, -- distinct documents that state it
    claims          INTEGER NOT NULL, -- claims that state it
    first_published TEXT,             -- earliest publication date of its sources
    last_published  TEXT,             -- latest publication date of its sources
    conflicts       TEXT              -- kinds of disagreement between its claims, ';'-separated (fact_conflicts), null when none
);
CREATE INDEX facts_pair ON facts(actor, tool);

CREATE TABLE fact_sources (           -- the claims that support each fact: every version, with its document
    fact_id     TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL,
    claim_id    TEXT NOT NULL,
    PRIMARY KEY (fact_id, document_id, claim_id),
    FOREIGN KEY (document_id, claim_id) REFERENCES claims(document_id, claim_id) ON DELETE CASCADE
);
CREATE INDEX fact_sources_claim ON fact_sources(document_id, claim_id);

CREATE TABLE fact_conflicts (         -- where the sources of a fact disagree
    fact_id TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    kind    TEXT NOT NULL,            -- legal_status, begin, negation, stopped_vs_ongoing
    detail  TEXT NOT NULL,            -- the versions, each with how many sources state it
    PRIMARY KEY (fact_id, kind)
);

CREATE TABLE import_problems (        -- output files or lines that could not be imported, until they import well
    file    TEXT NOT NULL,            -- absolute path
    line    INTEGER NOT NULL,         -- line of a JSON Lines file, 0 for a whole file
    message TEXT NOT NULL,
    PRIMARY KEY (file, line)
);

CREATE VIEW fact_versions AS          -- each fact beside what each of its sources says
SELECT f.id AS fact_id, f.actor, f.tool, f.action, d.id AS document_id, d.source, d.title, d.date AS published,
       c.claim_id, c.modality, c.legal_status, c.legal_grounds, c.time_text, c.time_begin, c.time_end,
       c.attribution_source, c.evidence_text, c.evidence_start, c.evidence_end
FROM facts f
JOIN fact_sources s ON s.fact_id = f.id
JOIN claims c ON c.document_id = s.document_id AND c.claim_id = s.claim_id
JOIN documents d ON d.id = c.document_id;
