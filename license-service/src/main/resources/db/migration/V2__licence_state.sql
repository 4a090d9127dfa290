-- The connections this service knows from switchboard.connections: which organisation and Zoom account each is.
create table connection_ref (
    connection_id   uuid primary key,
    org_id          text        not null,
    zoom_account_id text        not null,
    active          boolean     not null,
    updated_at      timestamptz not null default now()
);

-- Since when the user holds their licence, as far as this service saw it: a user first seen Licensed counts from
-- their Zoom creation date, a change to Licensed from the moment it was seen. Null while not Licensed.
alter table zoom_account add column licensed_since timestamptz;
create index zoom_account_connection_idx on zoom_account (connection_id);

-- The roles of each connection's Zoom account (GET /roles), so that a user's role id reads as a name.
create table zoom_role (
    connection_id uuid not null,
    role_id       text not null,
    name          text not null,
    primary key (connection_id, role_id)
);

-- Which profile each Zoom user is mapped to (switchboard.mappings, compacted).
create table mapping_ref (
    connection_id uuid not null,
    zoom_user_id  text not null,
    profile_id    text not null,
    enabled       boolean not null,
    primary key (connection_id, zoom_user_id)
);

-- When each Zoom user last hosted a meeting or webinar (switchboard.activities, role hosted).
create table hosting (
    connection_id  uuid        not null,
    zoom_user_id   text        not null,
    last_hosted_at timestamptz not null,
    primary key (connection_id, zoom_user_id)
);

-- The latest plan seat usage of each connection (GET /accounts/{id}/plans/usage).
create table plan_usage (
    connection_id uuid primary key,
    plan_type     text,
    plan_name     text,
    seats_total   integer     not null,
    seats_used    integer     not null,
    seats_pending integer     not null,
    active_hosts  integer,
    synced_at     timestamptz not null
);

-- One row a day per connection: the seat usage of that day's last sync, so that usage has a history.
create table plan_usage_daily (
    connection_id uuid    not null,
    day           date    not null,
    seats_total   integer not null,
    seats_used    integer not null,
    seats_pending integer not null,
    synced_at     timestamptz not null,
    primary key (connection_id, day)
);

-- Each connection's plan sync: when one was last asked for (connect, sync request), attempted and succeeded, and
-- what went wrong last (null after a success). A replica claims a due sync by moving attempted_at.
create table plan_sync (
    connection_id  uuid primary key,
    requested_at   timestamptz,
    attempted_at   timestamptz,
    succeeded_at   timestamptz,
    last_error     text
);

-- The audit of every user action taken through this service: who, when, what, and Zoom's answer.
create table license_action (
    action_id       uuid primary key,
    org_id          text        not null,
    connection_id   uuid        not null,
    zoom_user_id    text,
    email           text,
    action          text        not null,
    detail          text,
    outcome         text        not null check (outcome in ('succeeded', 'failed', 'skipped')),
    zoom_status     integer,
    zoom_code       integer,
    zoom_message    text,
    actor           text        not null,
    idempotency_key text,
    reclaim_id      uuid,
    created_at      timestamptz not null default clock_timestamp()
);
create index license_action_audit_idx on license_action (org_id, connection_id, created_at desc, action_id);

-- Idempotency-Key of the action requests: the first request with a key acts, a retry gets the stored answer (also
-- on another replica: the key row is claimed with an insert that only one can win).
create table idempotency_key (
    org_id          text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    state           text        not null check (state in ('in_progress', 'completed')),
    response_status integer,
    response_body   text,
    created_at      timestamptz not null default now(),
    completed_at    timestamptz,
    primary key (org_id, idempotency_key)
);

-- Zoom lists a few users without an email (and pending invitations are keyed by theirs): keep them all.
alter table zoom_account alter column email drop not null;
