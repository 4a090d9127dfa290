-- The Zoom side of user mapping: connections as switchboard.connections announces them, each connection's Zoom
-- users, the normalised email keys of users and profiles, the mapping (or the reason there is none) per Zoom user,
-- the per-person Zoom switch, the organisation's matching rules, and the import runs.

create table connection (
    id              uuid primary key,
    org_id          text        not null,
    zoom_account_id text,
    status          text        not null,
    updated_at      timestamptz not null default now()
);

create table match_rule (
    org_id          text primary key,
    plus_addressing boolean     not null default false,
    -- alias domain -> canonical domain, for example {"acme.co.uk": "acme.com"}
    domain_aliases  jsonb       not null default '{}'::jsonb,
    updated_at      timestamptz not null default now()
);

create table zoom_user (
    connection_id uuid        not null references connection (id) on delete cascade,
    -- Zoom's user id; "pending:<email>" for an invited user, whom Zoom lists without an id
    zoom_user_id  text        not null,
    org_id        text        not null,
    email         text,
    -- earlier addresses of the same Zoom user, newest first
    aliases       text[]      not null default '{}',
    status        text        not null,
    record        jsonb       not null,
    -- newest Zoom event_ts (epoch ms) applied; an import counts as its start time
    event_ts      bigint      not null default 0,
    import_run_id uuid,
    updated_at    timestamptz not null default now(),
    primary key (connection_id, zoom_user_id)
);

create table zoom_user_key (
    connection_id uuid not null,
    zoom_user_id  text not null,
    email_key     text not null,
    primary key (connection_id, zoom_user_id, email_key),
    foreign key (connection_id, zoom_user_id) references zoom_user (connection_id, zoom_user_id) on delete cascade
);

create index zoom_user_key_idx on zoom_user_key (connection_id, email_key);

drop index profile_email_idx;

create table profile_key (
    org_id     text not null,
    profile_id text not null,
    email_key  text not null,
    primary key (org_id, profile_id, email_key),
    foreign key (org_id, profile_id) references profile (org_id, profile_id) on delete cascade
);

create index profile_key_idx on profile_key (org_id, email_key);

-- An admin's choice: this Zoom user is this profile. It wins over automatic matching and survives re-imports and
-- email changes; it ends when the Zoom user or the profile is gone, or when the admin removes it.
create table manual_mapping (
    connection_id uuid        not null,
    zoom_user_id  text        not null,
    org_id        text        not null,
    profile_id    text        not null,
    created_by    text        not null,
    created_at    timestamptz not null default now(),
    primary key (connection_id, zoom_user_id),
    foreign key (connection_id, zoom_user_id) references zoom_user (connection_id, zoom_user_id) on delete cascade,
    foreign key (org_id, profile_id) references profile (org_id, profile_id) on delete cascade
);

create index manual_mapping_profile_idx on manual_mapping (org_id, profile_id);

-- The outcome of matching, one row per Zoom user: the profile it is mapped to (auto or manual), or why it is not.
create table mapping (
    connection_id uuid        not null,
    zoom_user_id  text        not null,
    org_id        text        not null,
    profile_id    text,
    source        text check (source in ('auto', 'manual')),
    reason        text check (reason in ('no_profile', 'ambiguous_profiles', 'profile_claimed_twice', 'no_email',
                                         'pending', 'disabled_by_admin')),
    enabled       boolean     not null default true,
    changed_by    text        not null,
    changed_at    timestamptz not null default now(),
    primary key (connection_id, zoom_user_id),
    foreign key (connection_id, zoom_user_id) references zoom_user (connection_id, zoom_user_id) on delete cascade,
    check ((profile_id is null) = (source is null))
);

create index mapping_profile_idx on mapping (org_id, profile_id);

create table person_setting (
    org_id       text        not null,
    profile_id   text        not null,
    zoom_enabled boolean     not null,
    changed_by   text        not null,
    changed_at   timestamptz not null default now(),
    primary key (org_id, profile_id)
);

create table import_run (
    id            uuid primary key,
    connection_id uuid        not null references connection (id) on delete cascade,
    state         text        not null check (state in ('queued', 'running', 'completed', 'failed')),
    trigger       text        not null,
    pages         integer     not null default 0,
    users_seen    integer     not null default 0,
    matched       integer,
    unmatched     integer,
    ambiguous     integer,
    attempts      integer     not null default 0,
    queued_at     timestamptz not null default now(),
    started_at    timestamptz,
    heartbeat_at  timestamptz,
    finished_at   timestamptz,
    last_error    text
);

-- At most one queued or running import per connection, across replicas.
create unique index import_run_active_idx on import_run (connection_id) where state in ('queued', 'running');
create index import_run_history_idx on import_run (connection_id, queued_at desc);
