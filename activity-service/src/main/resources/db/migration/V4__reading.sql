-- Reading: the logical meeting or call an entry belongs to (who else was there), and when each account's facts last
-- changed (freshness).
alter table activity add column activity_group text;

update activity set activity_group = source_key where activity_group is null;

alter table activity alter column activity_group set not null;

create index activity_group_idx on activity (org_id, activity_group);
create index activity_summary_idx on activity (org_id, profile_id, started_at) where not hidden;

alter table meeting_instance add column last_event_at timestamptz not null default now();

create index meeting_instance_last_event_idx on meeting_instance (zoom_account_id, last_event_at);
