-- Connections that were removed, kept by id only (no personal data): a fact that another service published before
-- it purged the connection, on a topic read independently of switchboard.connections, is dropped instead of being
-- kept for a connection that no longer exists. A connection that comes back (same id) is taken off the list.
create table removed_connection (
    connection_id uuid        primary key,
    removed_at    timestamptz not null default now()
);
