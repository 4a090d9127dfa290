-- The entries of one meeting id or call of a connection are read by the prefix of their source key each time it is
-- derived again. Without this index that read scanned every entry of the connection: 4 ms at 20,000 entries, and
-- growing with the timeline. In byte order ("C"), so that a prefix is one range of the index whatever the database's
-- collation. (Not built concurrently: that waits for Flyway's own open transaction, forever.)
create index activity_source_prefix_idx on activity (connection_id, source_key collate "C");
