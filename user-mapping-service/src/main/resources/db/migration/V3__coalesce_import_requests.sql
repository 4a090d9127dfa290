-- At most one running import per connection, across replicas, and at most one queued behind it: a request that
-- arrives while a run is under way queues one more run (its changes are not missed), and further requests
-- coalesce into that queued one.
drop index import_run_active_idx;
create unique index import_run_running_idx on import_run (connection_id) where state = 'running';
create unique index import_run_queued_idx on import_run (connection_id) where state = 'queued';
