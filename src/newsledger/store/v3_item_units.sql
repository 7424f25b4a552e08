-- newsledger ledger schema, version 3.
-- An item's quantity carries its unit when it does not count pieces (issue 11: "10,000 rounds of
-- ammunition" is 10000 rounds, "$1.2 billion" 1200000000 dollars): event_items.unit, NULL for pieces and for
-- every item written before this version; the transfers view shows it as its last column.

ALTER TABLE event_items ADD COLUMN unit TEXT;

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
       i.text AS item_text, i.unit
FROM events_c e
JOIN event_items i ON i.event_id = e.id
JOIN articles a ON a.id = e.article_id
WHERE e.category = 'AID';
