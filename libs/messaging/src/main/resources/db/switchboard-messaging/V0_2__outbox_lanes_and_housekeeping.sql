-- Shipped by libs/messaging. Each outbox row belongs to one of 16 lanes by a hash of its topic and key, so that all
-- events of a key share a lane; one relay at a time publishes a lane (advisory lock), which keeps per-key order
-- with any number of relay replicas. hashtext is immutable; "& 15" keeps the lane in 0..15 for any hash.
alter table outbox_event
    add column lane smallint generated always as ((hashtext(topic || '/' || record_key) & 15)::smallint) stored;

drop index if exists outbox_event_unpublished_idx;
create index outbox_event_lane_idx on outbox_event (lane, seq) where published_at is null;

-- Housekeeping deletes published rows and old claims in batches, oldest first.
create index outbox_event_published_idx on outbox_event (published_at) where published_at is not null;
create index processed_event_processed_at_idx on processed_event (processed_at);
