-- What the test consumer's effect writes: one row per applied event, in the order applied.
create table ledger (
    seq      bigserial primary key,
    event_id text        not null,
    item_key text        not null,
    name     varchar(20) not null
);
