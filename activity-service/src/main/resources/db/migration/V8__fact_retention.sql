-- The hourly retention pass looks for facts received before the unmapped window's start, across all accounts.
create index meeting_instance_received_at_idx on meeting_instance (received_at);
create index phone_report_received_at_idx on phone_report (received_at);
