-- OAuth: tokens and client secrets (encrypted, never plaintext), and single-use authorisation states.

alter table connection add column client_id text;
alter table connection add column updated_at timestamptz not null default now();

-- One live connection per organisation and Zoom account: connecting the same account again re-authorises it.
create unique index connection_org_account_idx on connection (org_id, zoom_account_id)
    where status <> 'removed' and zoom_account_id is not null;

create table connection_secret (
    connection_id           uuid primary key references connection (id) on delete cascade,
    key_id                  text        not null,
    access_token            bytea,
    access_token_expires_at timestamptz,
    refresh_token           bytea,
    client_secret           bytea,
    updated_at              timestamptz not null default now()
);

create table oauth_state (
    state_hash    text primary key,
    org_id        text        not null,
    created_by    text        not null,
    connection_id uuid        not null references connection (id) on delete cascade,
    key_id        text        not null,
    code_verifier bytea       not null,
    expires_at    timestamptz not null,
    used_at       timestamptz
);
