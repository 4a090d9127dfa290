-- Shipped by libs/messaging; runs before the service's own migrations (version 0.1 < 1).

-- Events written in the same transaction as the state change they describe; the relay publishes them in order.
create table outbox_event (
    seq          bigserial primary key,
    id           uuid        not null unique,
    topic        text        not null,
    record_key   text        not null,
    type         text        not null,
    source       text        not null,
    subject      text,
    payload      text,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);

create index outbox_event_unpublished_idx on outbox_event (seq) where published_at is null;

-- Consumed events already applied (their ce_id), written in the same transaction as their effect.
create table processed_event (
    event_id     text primary key,
    topic        text        not null,
    processed_at timestamptz not null default now()
);
