-- newsledger ledger schema, version 2.
-- 1. Full-text indexes declared with content="..." (double quotes): Datasette only recognises that form, so
--    with it Datasette shows a search box on articles and statements and honours ?_search=.
-- 2. statements.statement_class: the act a cue reports (speech, writing, belief, intention, perception).
-- 3. Corrections made by people (merge two actors, rename one, flag an extraction as wrong), kept in their
--    own table and applied by the *_c views on every read; the base tables keep what the pipeline found, so
--    re-running `analyze` on an article rewrites its rows and the corrections still apply.

-- 1. FTS5 tables, re-created and rebuilt from their content tables.
DROP TRIGGER IF EXISTS articles_ai;
DROP TRIGGER IF EXISTS articles_ad;
DROP TRIGGER IF EXISTS articles_au;
DROP TABLE IF EXISTS articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content="articles", content_rowid="rowid");
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

DROP TRIGGER IF EXISTS statements_ai;
DROP TRIGGER IF EXISTS statements_ad;
DROP TRIGGER IF EXISTS statements_au;
DROP TABLE IF EXISTS statements_fts;
CREATE VIRTUAL TABLE statements_fts USING fts5(content, source_text, content="statements", content_rowid="rowid");
INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');
CREATE TRIGGER statements_ai AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, content, source_text) VALUES (new.rowid, new.content, new.source_text);
END;
CREATE TRIGGER statements_ad AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, content, source_text) VALUES ('delete', old.rowid, old.content, old.source_text);
END;
CREATE TRIGGER statements_au AFTER UPDATE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, content, source_text) VALUES ('delete', old.rowid, old.content, old.source_text);
    INSERT INTO statements_fts(rowid, content, source_text) VALUES (new.rowid, new.content, new.source_text);
END;

-- 2. The statement class, filled for stored analyses from their JSON (the model's default, speech, where
--    the analysis predates the field).
ALTER TABLE statements ADD COLUMN statement_class TEXT;
CREATE TEMP TABLE v2_classes (id TEXT PRIMARY KEY, cls TEXT NOT NULL);
INSERT OR IGNORE INTO v2_classes
SELECT an.article_id || ':' || (j.value ->> 'id'), j.value ->> 'statement_class'
FROM analyses an, json_each(an.json, '$.statements') j
WHERE j.value ->> 'statement_class' IS NOT NULL;
UPDATE statements SET statement_class = COALESCE((SELECT cls FROM v2_classes k WHERE k.id = statements.id), 'speech');
DROP TABLE v2_classes;
CREATE INDEX idx_statements_class ON statements(statement_class);

-- 3. Corrections. A flag names its extraction by article and span (plus the category for events and cues),
--    not by row id: ids are renumbered when an article is analysed again, spans are not.
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('merge', 'rename', 'flag')),
    target_type TEXT NOT NULL CHECK (target_type IN ('actor', 'statement', 'event', 'mention', 'cue')),
    target_id TEXT NOT NULL,  -- the actor id, or the extraction's id when it was flagged
    article_id TEXT,          -- flags: the article and span of the extraction
    start INTEGER,
    "end" INTEGER,
    label TEXT,               -- flags of events and cues: their category
    text TEXT,                -- flags: the extraction's text, for people reading the list
    value TEXT,               -- merge: the actor kept; rename: the new name
    previous TEXT,            -- rename: the name before
    note TEXT,
    created_at TEXT NOT NULL,
    undone_at TEXT
);
CREATE INDEX idx_corrections_flag ON corrections(target_type, article_id, start);
CREATE INDEX idx_corrections_target ON corrections(target_id);

-- Active merges resolved to the actor finally kept (A into B, then B into C: A and B map to C). A table,
-- not a view, so every read can use its index: newsledger.store.corrections rebuilds it from the
-- corrections whenever one is made or undone (`refresh_derived`).
CREATE TABLE actor_merges (
    id TEXT PRIMARY KEY,      -- the actor merged away
    canonical TEXT NOT NULL   -- the actor it is read as
);
CREATE INDEX idx_actor_merges_canonical ON actor_merges(canonical);

-- The latest active rename of each actor; rebuilt like actor_merges (`refresh_derived`).
CREATE TABLE actor_renames (
    id TEXT PRIMARY KEY,      -- the actor
    name TEXT NOT NULL        -- the name it is shown with
);

CREATE VIEW flags AS
SELECT target_type, article_id, start, "end", label FROM corrections WHERE action = 'flag' AND undone_at IS NULL;

-- The corrected views every reader uses. Each reads one table (actor ids mapped by scalar subqueries, not
-- joins), so SQLite can fold it into the query that uses it and keep using that table's indexes. `*_raw`
-- columns keep the pipeline's actor id (indexed): a filter on an actor reads the index for it and for the
-- ids merged into it.
CREATE VIEW actors_c AS
SELECT ac.id, COALESCE((SELECT rn.name FROM actor_renames rn WHERE rn.id = ac.id), ac.name) AS name, ac.type,
       ac.country, ac.sector,
       COALESCE((SELECT mg.canonical FROM actor_merges mg WHERE mg.id = ac.agent_of), ac.agent_of) AS agent_of,
       ac.known
FROM actors ac
WHERE ac.id NOT IN (SELECT id FROM actor_merges);

-- Aliases, with those of merged actors and the names they had before a merge or rename.
CREATE VIEW actor_aliases_c AS
SELECT COALESCE((SELECT mg.canonical FROM actor_merges mg WHERE mg.id = al.actor_id), al.actor_id) AS actor_id,
       al.alias
FROM actor_aliases al
UNION
SELECT mg.canonical, ac.name FROM actor_merges mg JOIN actors ac ON ac.id = mg.id
UNION
SELECT rn.id, ac.name FROM actor_renames rn JOIN actors ac ON ac.id = rn.id WHERE ac.name != rn.name;

CREATE VIEW statements_c AS
SELECT s.rowid AS row_id, s.id, s.article_id, s.local_id, s.kind, s.statement_class,
       COALESCE((SELECT mg.canonical FROM actor_merges mg WHERE mg.id = s.speaker_id), s.speaker_id) AS speaker_id,
       s.speaker_id AS speaker_raw, s.source_start, s.source_end, s.source_text, s.cue_start, s.cue_end,
       s.cue_text, s.cue_lemma, s.cue_stance, s.content, s.method, s.confidence
FROM statements s
WHERE NOT EXISTS (SELECT 1 FROM flags f WHERE f.target_type = 'statement' AND f.article_id = s.article_id
                  AND f.start = s.cue_start AND f."end" = s.cue_end);

CREATE VIEW mentions_c AS
SELECT m.id, m.article_id,
       COALESCE((SELECT mg.canonical FROM actor_merges mg WHERE mg.id = m.actor_id), m.actor_id) AS actor_id,
       m.actor_id AS actor_raw, m.start, m."end", m.text, m.kind, m.ner_label
FROM mentions m
WHERE NOT EXISTS (SELECT 1 FROM flags f WHERE f.target_type = 'mention' AND f.article_id = m.article_id
                  AND f.start = m.start AND f."end" = m."end");

CREATE VIEW events_c AS
SELECT e.* FROM events e
WHERE NOT EXISTS (SELECT 1 FROM flags f WHERE f.target_type = 'event' AND f.article_id = e.article_id
                  AND f.start = e.trigger_start AND f."end" = e.trigger_end AND f.label = e.category);

CREATE VIEW event_participants_c AS
SELECT p.rowid AS row_id, p.event_id, p.role,
       COALESCE((SELECT mg.canonical FROM actor_merges mg WHERE mg.id = p.actor_id), p.actor_id) AS actor_id,
       p.actor_id AS actor_raw, p.start, p."end", p.text
FROM event_participants p;

CREATE VIEW cues_c AS
SELECT c.id, c.article_id, c.local_id, c.category, c.term, c.alternative, c.explanation, c.in_quote,
       COALESCE((SELECT mg.canonical FROM actor_merges mg WHERE mg.id = c.speaker_id), c.speaker_id) AS speaker_id,
       c.speaker_id AS speaker_raw, c.statement_id, c.start, c."end", c.text
FROM cues c
WHERE NOT EXISTS (SELECT 1 FROM flags f WHERE f.target_type = 'cue' AND f.article_id = c.article_id
                  AND f.start = c.start AND f."end" = c."end" AND f.label = c.category);

-- The reading views of version 1, now over the corrected views (Datasette and `export --table` show these).
-- Names come from scalar subqueries rather than LEFT JOINs where the query is DISTINCT: SQLite would
-- otherwise copy the whole actors_c view for every row.
DROP VIEW IF EXISTS statements_view;
CREATE VIEW statements_view AS
SELECT s.id, s.article_id, a.outlet, a.published, a.title AS article_title, s.kind, s.statement_class,
       s.cue_stance, s.cue_text, s.source_text, s.speaker_id, ac.name AS speaker_name, ac.type AS speaker_type,
       s.content
FROM statements_c s
JOIN articles a ON a.id = s.article_id
LEFT JOIN actors_c ac ON ac.id = s.speaker_id;

DROP VIEW IF EXISTS events_view;
CREATE VIEW events_view AS
SELECT e.id, e.article_id, a.outlet, a.published, e.category, e.mode, e.cameo, e.trigger_text, e.status,
       e.negated, e.modality, e.date_value, e.location_text, e.statement_id,
       (SELECT group_concat(who, '; ') FROM (SELECT DISTINCT COALESCE((SELECT ac.name FROM actors_c ac WHERE ac.id = p.actor_id), p.text) AS who
          FROM event_participants_c p
          WHERE p.event_id = e.id AND p.role = 'source' ORDER BY p.row_id)) AS sources,
       (SELECT group_concat(who, '; ') FROM (SELECT DISTINCT COALESCE((SELECT ac.name FROM actors_c ac WHERE ac.id = p.actor_id), p.text) AS who
          FROM event_participants_c p
          WHERE p.event_id = e.id AND p.role = 'target' ORDER BY p.row_id)) AS targets,
       substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence
FROM events_c e JOIN articles a ON a.id = e.article_id;

DROP VIEW IF EXISTS transfers;
CREATE VIEW transfers AS
SELECT e.id AS event_id, e.article_id, a.outlet, a.published,
       (SELECT group_concat(who, '; ') FROM (SELECT DISTINCT COALESCE((SELECT ac.name FROM actors_c ac WHERE ac.id = p.actor_id), p.text) AS who
          FROM event_participants_c p
          WHERE p.event_id = e.id AND p.role = 'source' ORDER BY p.row_id)) AS supplier,
       (SELECT group_concat(who, '; ') FROM (SELECT DISTINCT COALESCE((SELECT ac.name FROM actors_c ac WHERE ac.id = p.actor_id), p.text) AS who
          FROM event_participants_c p
          WHERE p.event_id = e.id AND p.role = 'target' ORDER BY p.row_id)) AS recipient,
       i.name AS item, i.category AS item_category, i.quantity, i.quantity_value, i.provenance,
       e.status, e.date_value, e.date_text, e.statement_id IS NOT NULL AS claimed, e.statement_id,
       i.text AS item_text
FROM events_c e
JOIN event_items i ON i.event_id = e.id
JOIN articles a ON a.id = e.article_id
WHERE e.category = 'AID';

DROP VIEW IF EXISTS actors_view;
CREATE VIEW actors_view AS
SELECT ac.id, ac.name, ac.type, ac.country, ac.sector, ac.agent_of, ac.known,
       (SELECT group_concat(al.alias, '; ') FROM actor_aliases_c al WHERE al.actor_id = ac.id) AS aliases,
       (SELECT group_concat(r.title || COALESCE(' (' || r.country || ')', '')
                            || COALESCE(' ' || r.start, '') || COALESCE(' to ' || r."end", ''), '; ')
          FROM actor_roles r WHERE r.actor_id = ac.id) AS roles,
       (SELECT count(*) FROM mentions_c m WHERE m.actor_raw = ac.id)
         + (SELECT count(*) FROM actor_merges mg JOIN mentions_c m ON m.actor_raw = mg.id
            WHERE mg.canonical = ac.id) AS mentions,
       (SELECT count(DISTINCT m.article_id) FROM mentions_c m
        WHERE m.actor_raw IN (SELECT ac.id UNION ALL SELECT mg.id FROM actor_merges mg WHERE mg.canonical = ac.id))
         AS articles,
       (SELECT count(*) FROM statements_c s WHERE s.speaker_raw = ac.id)
         + (SELECT count(*) FROM actor_merges mg JOIN statements_c s ON s.speaker_raw = mg.id
            WHERE mg.canonical = ac.id) AS statements
FROM actors_c ac;

DROP VIEW IF EXISTS mentions_view;
CREATE VIEW mentions_view AS
SELECT m.id, m.article_id, a.outlet, a.published, m.start, m."end", m.text, m.kind, m.ner_label,
       m.actor_id, ac.name AS actor_name, ac.type AS actor_type
FROM mentions_c m
JOIN articles a ON a.id = m.article_id
LEFT JOIN actors_c ac ON ac.id = m.actor_id;

DROP VIEW IF EXISTS cues_view;
CREATE VIEW cues_view AS
SELECT c.id, c.article_id, a.outlet, a.published, c.category, c.term, c.text, c.alternative, c.in_quote,
       c.speaker_id, ac.name AS speaker_name, c.statement_id, c.start, c."end", c.explanation
FROM cues_c c
JOIN articles a ON a.id = c.article_id
LEFT JOIN actors_c ac ON ac.id = c.speaker_id;

DROP VIEW IF EXISTS articles_view;
CREATE VIEW articles_view AS
SELECT a.id, a.outlet, a.published, a.title, a.url, a.source_file, a.language, length(a.text) AS chars,
       (SELECT count(*) FROM entities e WHERE e.article_id = a.id) AS entities,
       (SELECT count(DISTINCT m.actor_id) FROM mentions_c m WHERE m.article_id = a.id) AS actors,
       (SELECT count(*) FROM statements_c s WHERE s.article_id = a.id) AS statements,
       (SELECT count(*) FROM events_c e WHERE e.article_id = a.id) AS events,
       (SELECT count(*) FROM cues_c c WHERE c.article_id = a.id) AS cues,
       a.pipeline_version, a.analyzed_at
FROM articles a;
