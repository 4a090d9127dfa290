-- Licence state per Zoom user of a connection, as user-mapping-service publishes the Zoom directory.
create table zoom_account (
    connection_id       uuid        not null,
    zoom_user_id        text        not null,
    org_id              text        not null,
    email               text        not null,
    first_name          text,
    last_name           text,
    license_type        integer     not null,
    status              text        not null check (status in ('active', 'inactive', 'pending')),
    role_id             text,
    last_client_version text,
    last_login_at       timestamptz,
    created_at          timestamptz,
    email_verified      boolean     not null default false,
    group_ids           text[]      not null default '{}',
    updated_at          timestamptz not null default now(),
    primary key (connection_id, zoom_user_id)
);

create index zoom_account_listing_idx on zoom_account (org_id, connection_id, email, zoom_user_id);
