-- The organisation's people, as the internal platform knows them; Zoom users are matched to them by email.
create table profile (
    org_id           text        not null,
    profile_id       text        not null,
    email            text        not null,
    display_name     text,
    alternate_emails text[]      not null default '{}',
    updated_at       timestamptz not null default now(),
    primary key (org_id, profile_id)
);

create index profile_email_idx on profile (org_id, lower(email));
