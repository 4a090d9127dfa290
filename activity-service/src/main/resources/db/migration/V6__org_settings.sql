-- Per organisation: whether meeting and webinar topics may be stored (privacy). Absent: they may.
create table org_setting (
    org_id       text primary key,
    store_topics boolean     not null,
    changed_by   text        not null,
    changed_at   timestamptz not null default now()
);
