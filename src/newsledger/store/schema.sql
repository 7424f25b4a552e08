-- newsledger ledger schema, version 1. Datasette-friendly: plain tables, foreign keys, views, FTS5.
-- Offsets (`*_start`, `*_end`) are 0-based, end-exclusive character offsets into articles.text.
-- Statement, event and cue ids are `<article id>:<local id>` (local ids like S1, E1, C1).

CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER NOT NULL,
    applied_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    outlet TEXT,
    url TEXT,
    title TEXT,
    published TEXT,
    language TEXT,
    authors TEXT,            -- JSON list
    source_file TEXT,
    title_start INTEGER,
    title_end INTEGER,
    notes TEXT,              -- JSON list: what ingest had to do to read it
    text TEXT NOT NULL,
    pipeline_version TEXT,
    analyzed_at TEXT
);
CREATE INDEX IF NOT EXISTS idx_articles_outlet ON articles(outlet);
CREATE INDEX IF NOT EXISTS idx_articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS idx_articles_source_file ON articles(source_file);

-- The whole ArticleAnalysis as JSON: lossless export and re-display without re-running the pipeline.
CREATE TABLE IF NOT EXISTS analyses (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    json TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS actors (
    id TEXT PRIMARY KEY,     -- person:ben-wallace, gov:RUS, state:UKR, igo:nato, ...
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    country TEXT,            -- ISO 3166 alpha-3
    sector TEXT,
    agent_of TEXT REFERENCES actors(id),
    known INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS idx_actors_type ON actors(type);
CREATE INDEX IF NOT EXISTS idx_actors_country ON actors(country);
CREATE INDEX IF NOT EXISTS idx_actors_agent_of ON actors(agent_of);

CREATE TABLE IF NOT EXISTS actor_aliases (
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (actor_id, alias)
);

CREATE TABLE IF NOT EXISTS actor_roles (
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    country TEXT,
    organisation TEXT,
    start TEXT,
    "end" TEXT,
    PRIMARY KEY (actor_id, title, start)
);

CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    label TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_entities_article ON entities(article_id);

CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor_id TEXT REFERENCES actors(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT,
    ner_label TEXT
);
CREATE INDEX IF NOT EXISTS idx_mentions_article ON mentions(article_id);
CREATE INDEX IF NOT EXISTS idx_mentions_actor ON mentions(actor_id);

CREATE TABLE IF NOT EXISTS statements (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    speaker_id TEXT REFERENCES actors(id),
    source_start INTEGER,
    source_end INTEGER,
    source_text TEXT,
    cue_start INTEGER NOT NULL,
    cue_end INTEGER NOT NULL,
    cue_text TEXT NOT NULL,
    cue_lemma TEXT,
    cue_stance TEXT,
    content TEXT NOT NULL,   -- the content spans' texts joined by " … ", for reading and FTS
    method TEXT,
    confidence REAL
);
CREATE INDEX IF NOT EXISTS idx_statements_article ON statements(article_id);
CREATE INDEX IF NOT EXISTS idx_statements_speaker ON statements(speaker_id);
CREATE INDEX IF NOT EXISTS idx_statements_stance ON statements(cue_stance);

CREATE TABLE IF NOT EXISTS statement_contents (
    statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (statement_id, n)
);

CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    category TEXT NOT NULL,
    mode TEXT,
    context TEXT,
    cameo TEXT,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger_text TEXT NOT NULL,
    status TEXT,
    negated INTEGER NOT NULL DEFAULT 0,
    modality TEXT,
    date_text TEXT,
    date_value TEXT,
    location_text TEXT,
    statement_id TEXT REFERENCES statements(id),  -- set: the event is that speaker's claim
    sentence_start INTEGER,
    sentence_end INTEGER,
    confidence REAL
);
CREATE INDEX IF NOT EXISTS idx_events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS idx_events_category ON events(category);
CREATE INDEX IF NOT EXISTS idx_events_statement ON events(statement_id);

CREATE TABLE IF NOT EXISTS event_participants (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('source', 'target')),
    actor_id TEXT REFERENCES actors(id),
    start INTEGER,
    "end" INTEGER,
    text TEXT
);
CREATE INDEX IF NOT EXISTS idx_event_participants_event ON event_participants(event_id);
CREATE INDEX IF NOT EXISTS idx_event_participants_actor ON event_participants(actor_id);

CREATE TABLE IF NOT EXISTS event_items (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    category TEXT,
    quantity TEXT,
    quantity_value INTEGER,
    provenance TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_event_items_event ON event_items(event_id);

CREATE TABLE IF NOT EXISTS cues (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    category TEXT NOT NULL,
    term TEXT NOT NULL,
    alternative TEXT,
    explanation TEXT,
    in_quote INTEGER NOT NULL DEFAULT 0,
    speaker_id TEXT REFERENCES actors(id),
    statement_id TEXT REFERENCES statements(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_cues_article ON cues(article_id);
CREATE INDEX IF NOT EXISTS idx_cues_category ON cues(category);
CREATE INDEX IF NOT EXISTS idx_cues_statement ON cues(statement_id);
CREATE INDEX IF NOT EXISTS idx_cues_speaker ON cues(speaker_id);

-- Near-duplicate clusters (MinHash LSH) and stories (articles about the same happening).
CREATE TABLE IF NOT EXISTS clusters (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('duplicate', 'story')),
    label TEXT,
    original_article_id TEXT REFERENCES articles(id),
    first_date TEXT,
    last_date TEXT
);
CREATE TABLE IF NOT EXISTS cluster_members (
    cluster_id TEXT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    similarity REAL,
    PRIMARY KEY (cluster_id, article_id)
);

-- Full-text search, kept in step by triggers.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(content, source_text, content='statements', content_rowid='rowid');
CREATE TRIGGER IF NOT EXISTS statements_ai AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, content, source_text) VALUES (new.rowid, new.content, new.source_text);
END;
CREATE TRIGGER IF NOT EXISTS statements_ad AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, content, source_text) VALUES ('delete', old.rowid, old.content, old.source_text);
END;
CREATE TRIGGER IF NOT EXISTS statements_au AFTER UPDATE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, content, source_text) VALUES ('delete', old.rowid, old.content, old.source_text);
    INSERT INTO statements_fts(rowid, content, source_text) VALUES (new.rowid, new.content, new.source_text);
END;

-- Views for reading (Datasette shows them as tables). Participants that resolve to the same actor are
-- listed once.
CREATE VIEW IF NOT EXISTS statements_view AS
SELECT s.id, s.article_id, a.outlet, a.published, a.title AS article_title, s.kind, s.cue_stance, s.cue_text,
       s.source_text, s.speaker_id, ac.name AS speaker_name, ac.type AS speaker_type, s.content
FROM statements s
JOIN articles a ON a.id = s.article_id
LEFT JOIN actors ac ON ac.id = s.speaker_id;

CREATE VIEW IF NOT EXISTS events_view AS
SELECT e.id, e.article_id, a.outlet, a.published, e.category, e.mode, e.cameo, e.trigger_text, e.status,
       e.negated, e.modality, e.date_value, e.location_text, e.statement_id,
       (SELECT group_concat(who, '; ') FROM (SELECT DISTINCT COALESCE(ac.name, p.text) AS who
          FROM event_participants p LEFT JOIN actors ac ON ac.id = p.actor_id
          WHERE p.event_id = e.id AND p.role = 'source' ORDER BY p.rowid)) AS sources,
       (SELECT group_concat(who, '; ') FROM (SELECT DISTINCT COALESCE(ac.name, p.text) AS who
          FROM event_participants p LEFT JOIN actors ac ON ac.id = p.actor_id
          WHERE p.event_id = e.id AND p.role = 'target' ORDER BY p.rowid)) AS targets
FROM events e JOIN articles a ON a.id = e.article_id;

-- Arms transfers in the shape of a Kiel-Tracker / SIPRI-style table: one row per item.
CREATE VIEW IF NOT EXISTS transfers AS
SELECT e.id AS event_id, e.article_id, a.outlet, a.published,
       (SELECT group_concat(who, '; ') FROM (SELECT DISTINCT COALESCE(ac.name, p.text) AS who
          FROM event_participants p LEFT JOIN actors ac ON ac.id = p.actor_id
          WHERE p.event_id = e.id AND p.role = 'source' ORDER BY p.rowid)) AS supplier,
       (SELECT group_concat(who, '; ') FROM (SELECT DISTINCT COALESCE(ac.name, p.text) AS who
          FROM event_participants p LEFT JOIN actors ac ON ac.id = p.actor_id
          WHERE p.event_id = e.id AND p.role = 'target' ORDER BY p.rowid)) AS recipient,
       i.name AS item, i.category AS item_category, i.quantity, i.quantity_value, i.provenance,
       e.status, e.date_value, e.date_text, e.statement_id IS NOT NULL AS claimed, e.statement_id,
       i.text AS item_text
FROM events e
JOIN event_items i ON i.event_id = e.id
JOIN articles a ON a.id = e.article_id
WHERE e.category = 'AID';

-- One row per actor with its aliases, roles and how often the ledger mentions it.
CREATE VIEW IF NOT EXISTS actors_view AS
SELECT ac.id, ac.name, ac.type, ac.country, ac.sector, ac.agent_of, ac.known,
       (SELECT group_concat(al.alias, '; ') FROM actor_aliases al WHERE al.actor_id = ac.id) AS aliases,
       (SELECT group_concat(r.title || COALESCE(' (' || r.country || ')', '')
                            || COALESCE(' ' || r.start, '') || COALESCE(' to ' || r."end", ''), '; ')
          FROM actor_roles r WHERE r.actor_id = ac.id) AS roles,
       (SELECT count(*) FROM mentions m WHERE m.actor_id = ac.id) AS mentions,
       (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.actor_id = ac.id) AS articles,
       (SELECT count(*) FROM statements s WHERE s.speaker_id = ac.id) AS statements
FROM actors ac;

CREATE VIEW IF NOT EXISTS mentions_view AS
SELECT m.id, m.article_id, a.outlet, a.published, m.start, m."end", m.text, m.kind, m.ner_label,
       m.actor_id, ac.name AS actor_name, ac.type AS actor_type
FROM mentions m
JOIN articles a ON a.id = m.article_id
LEFT JOIN actors ac ON ac.id = m.actor_id;

CREATE VIEW IF NOT EXISTS cues_view AS
SELECT c.id, c.article_id, a.outlet, a.published, c.category, c.term, c.text, c.alternative, c.in_quote,
       c.speaker_id, ac.name AS speaker_name, c.statement_id, c.start, c."end", c.explanation
FROM cues c
JOIN articles a ON a.id = c.article_id
LEFT JOIN actors ac ON ac.id = c.speaker_id;

-- Articles without their text, with what was found in each.
CREATE VIEW IF NOT EXISTS articles_view AS
SELECT a.id, a.outlet, a.published, a.title, a.url, a.source_file, a.language, length(a.text) AS chars,
       (SELECT count(*) FROM entities e WHERE e.article_id = a.id) AS entities,
       (SELECT count(DISTINCT m.actor_id) FROM mentions m WHERE m.article_id = a.id) AS actors,
       (SELECT count(*) FROM statements s WHERE s.article_id = a.id) AS statements,
       (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
       (SELECT count(*) FROM cues c WHERE c.article_id = a.id) AS cues,
       a.pipeline_version, a.analyzed_at
FROM articles a;
