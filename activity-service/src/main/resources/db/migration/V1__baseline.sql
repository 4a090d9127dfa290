-- One entry of a person's Zoom timeline: a meeting or webinar hosted or attended, or a phone call.
create table activity (
    id               uuid primary key,
    org_id           text        not null,
    profile_id       text,
    connection_id    uuid        not null,
    type             text        not null check (type in ('meeting', 'webinar', 'phone')),
    title            text,
    started_at       timestamptz not null,
    ended_at         timestamptz,
    duration_seconds integer,
    created_at       timestamptz not null default now()
);

create index activity_org_started_idx on activity (org_id, started_at desc, id desc);
create index activity_profile_started_idx on activity (org_id, profile_id, started_at desc, id desc);
