-- Reconciliation also pulls past webinars (the Dashboard's list, each instance's report and participants).
alter table reconciliation_run add column webinars integer not null default 0;
