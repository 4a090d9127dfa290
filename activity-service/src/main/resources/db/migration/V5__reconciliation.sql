-- Reconciliation runs: per connection at most one running and one queued (a request during a run widens the queued
-- one). The heartbeat lets another replica take over a run whose replica died.
create table reconciliation_run (
    id            uuid primary key,
    connection_id uuid        not null,
    state         text        not null check (state in ('queued', 'running', 'completed', 'failed')),
    trigger       text        not null,
    from_day      date        not null,
    to_day        date        not null,
    queued_at     timestamptz not null default now(),
    started_at    timestamptz,
    heartbeat_at  timestamptz,
    finished_at   timestamptz,
    attempts      integer     not null default 0,
    meetings      integer     not null default 0,
    calls         integer     not null default 0,
    last_error    text
);

create unique index reconciliation_run_queued_idx on reconciliation_run (connection_id) where state = 'queued';
create unique index reconciliation_run_running_idx on reconciliation_run (connection_id) where state = 'running';
create index reconciliation_run_connection_idx on reconciliation_run (connection_id, queued_at desc);
