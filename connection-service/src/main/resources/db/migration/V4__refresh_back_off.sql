-- A refresh that Zoom refused for now (429, 5xx, timeout) backs off: until refresh_retry_at every caller gets a 503
-- with Retry-After at once instead of calling Zoom again. refresh_failures counts the failures in a row.
alter table connection_secret add column refresh_failures integer not null default 0;
alter table connection_secret add column refresh_retry_at timestamptz;
