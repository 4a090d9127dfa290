-- Connection swap: Zoom's callback no longer completes a connection by itself. It keeps the (encrypted) code and
-- hands the returning browser a confirmation; only the user who started the flow, signed in, can confirm it, and
-- only then is the code exchanged. used_at now means "confirmed".
alter table oauth_state add column answered_at timestamptz;
alter table oauth_state add column code bytea;
alter table oauth_state add column confirmation_hash text;
