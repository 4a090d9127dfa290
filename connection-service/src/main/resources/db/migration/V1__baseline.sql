-- Connections of organisations to Zoom accounts. Tokens live in their own table (added with the OAuth flow).
create table connection (
    id              uuid primary key,
    org_id          text        not null,
    type            text        not null check (type in ('oauth', 'server_to_server')),
    status          text        not null check (status in ('pending', 'active', 'reauth_required', 'removed')),
    zoom_account_id text,
    granted_scopes  text[]      not null default '{}',
    missing_scopes  text[]      not null default '{}',
    created_at      timestamptz not null default now(),
    last_refresh_at timestamptz,
    last_error      text
);

create index connection_org_idx on connection (org_id, created_at);
