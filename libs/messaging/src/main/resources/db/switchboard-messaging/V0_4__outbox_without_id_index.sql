-- Shipped by libs/messaging. An event's id (its ce_id) is a random UUID made by the writer, and nothing looks an
-- outbox row up by it: the unique index on it cost every append a random insert into a large b-tree (about a
-- quarter of the time of a bulk append) and bought nothing. Consumers still deduplicate by ce_id.
alter table outbox_event drop constraint if exists outbox_event_id_key;
