-- A reconciliation that meets a failure it can outlive (Zoom down or rate limited, the Heavy daily cap spent, the
-- database away) waits instead of failing: state 'waiting' until not_before, then it is claimed again and resumes
-- at resume_from, the first day of the range it had not finished. Only a failure no retry can fix ends it 'failed'.
alter table reconciliation_run drop constraint reconciliation_run_state_check;
alter table reconciliation_run add constraint reconciliation_run_state_check
    check (state in ('queued', 'running', 'waiting', 'completed', 'failed'));
alter table reconciliation_run
    add column not_before  timestamptz,
    add column resume_from date,
    add column failures    integer not null default 0;

create index reconciliation_run_waiting_idx on reconciliation_run (not_before) where state = 'waiting';
