-- The Zoom users of each connection, from the compacted switchboard.zoom-users: a participant is internal when they
-- are one of them (or mapped), external otherwise.
create table zoom_user_ref (
    connection_id uuid not null,
    zoom_user_id  text not null,
    email         text,
    primary key (connection_id, zoom_user_id)
);
