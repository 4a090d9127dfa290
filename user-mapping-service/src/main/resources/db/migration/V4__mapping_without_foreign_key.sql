-- A mapping row no longer references its Zoom user by foreign key. The check cost every row a lock on the user's
-- row (a write of that row's page): a quarter of matching a whole directory. Mapping rows are written only by
-- matching and go with their user through the statements that remove users, and matching and removals take the
-- mappings topic of the outbox first, so a removal always sees the rows a matching wrote (see MatchService).
alter table mapping drop constraint mapping_connection_id_zoom_user_id_fkey;
