-- Zoom Phone: every report of a call for one party (a Zoom user of the account). Zoom reports one call several ways:
-- in real time (caller_ended, callee_ended, callee_missed), as completed history v2 (call_logs) and v3
-- (call_elements); the entry takes the best source there is (v3, then v2, then real time).
create table phone_report (
    zoom_account_id  text        not null,
    call_id          text        not null,
    party            text        not null,
    source           text        not null check (source in ('realtime', 'history', 'element')),
    report_id        text        not null,
    direction        text        not null check (direction in ('outbound', 'inbound')),
    answered         boolean     not null,
    result           text,
    started_at       timestamptz not null,
    answered_at      timestamptz,
    ended_at         timestamptz,
    duration_seconds integer,
    other_party      text,
    event_ts         bigint      not null,
    received_at      timestamptz not null default now(),
    primary key (zoom_account_id, call_id, party, source, report_id)
);

create index phone_report_party_idx on phone_report (zoom_account_id, party, received_at);
create index phone_report_received_idx on phone_report (zoom_account_id, received_at);

alter table activity
    add column other_party text,
    add column result      text;
