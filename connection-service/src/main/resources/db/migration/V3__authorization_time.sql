-- When a connection was last authorised (OAuth callback or Server-to-Server activation): Zoom retries an
-- app_deauthorized for up to 80 minutes, and one older than the latest authorisation must not remove the connection.
alter table connection add column authorized_at timestamptz;
update connection set authorized_at = updated_at where status <> 'pending';
