-- Recording Zoom meetings and webinars: local copies of the connections and mappings, the facts Zoom reported (each
-- meeting instance and each participant's joins and leaves), and timeline entries derived from them.

-- switchboard.connections: which connection (and organisation) a Zoom account's events belong to.
create table connection_ref (
    connection_id   uuid primary key,
    org_id          text    not null,
    zoom_account_id text    not null,
    active          boolean not null
);

create index connection_ref_account_idx on connection_ref (zoom_account_id) where active;

-- switchboard.mappings: the profile each Zoom user of a connection is mapped to, and the person's switch.
create table mapping_ref (
    connection_id uuid    not null,
    zoom_user_id  text    not null,
    org_id        text    not null,
    profile_id    text    not null,
    enabled       boolean not null,
    primary key (connection_id, zoom_user_id)
);

-- One meeting or webinar instance (Zoom's uuid) of a Zoom account; facts are kept per account, so that events that
-- arrive before their connection is known are not lost. Each of host and topic keeps the value of the newest event
-- that carried one (host_ts, topic_ts); started_at is the earliest start and ended_at the latest end reported: the
-- same result in any order of arrival.
create table meeting_instance (
    zoom_account_id   text        not null,
    uuid              text        not null,
    kind              text        not null check (kind in ('meeting', 'webinar')),
    meeting_id        text        not null,
    host_zoom_user_id text,
    host_ts           bigint      not null,
    topic             text,
    topic_ts          bigint      not null,
    started_at        timestamptz,
    ended_at          timestamptz,
    received_at       timestamptz not null default now(),
    primary key (zoom_account_id, uuid)
);

create index meeting_instance_meeting_idx on meeting_instance (zoom_account_id, meeting_id, started_at);
create index meeting_instance_host_idx on meeting_instance (zoom_account_id, host_zoom_user_id, received_at);
create index meeting_instance_received_idx on meeting_instance (zoom_account_id, received_at);

-- Each join and each leave of a participant, as a set: a duplicate adds nothing and the order of arrival is moot.
-- participant_key is the Zoom user id of an internal participant, else guest:<Zoom's participant uuid or id>;
-- session_id is Zoom's id of one stay (participant.user_id), which pairs a join with its leave.
create table participant_event (
    zoom_account_id text      not null,
    uuid          text        not null,
    participant_key text      not null,
    kind          text        not null check (kind in ('joined', 'left')),
    at            timestamptz not null,
    session_id    text,
    zoom_user_id  text,
    display_name  text,
    email         text,
    received_at   timestamptz not null default now(),
    primary key (zoom_account_id, uuid, participant_key, kind, at)
);

create index participant_event_user_idx on participant_event (zoom_account_id, zoom_user_id, received_at)
    where zoom_user_id is not null;

-- Timeline entries: one per person, role and logical meeting (or call). source_key names what it was derived from,
-- so that deriving again updates the entry instead of adding one. hidden: the person is switched off or unmapped.
alter table activity
    add column role            text,
    add column source_key      text,
    add column zoom_user_id    text,
    add column participants    integer,
    add column minutes_present integer,
    add column hidden          boolean not null default false,
    add column updated_at      timestamptz not null default now();

update activity set role = case type when 'phone' then 'placed' else 'hosted' end, source_key = id::text
    where role is null;

alter table activity
    alter column role set not null,
    alter column source_key set not null,
    add constraint activity_role_check
        check (role in ('hosted', 'attended', 'placed', 'received', 'missed'));

create unique index activity_source_idx on activity (org_id, profile_id, source_key);
create index activity_zoom_user_idx on activity (connection_id, zoom_user_id);
