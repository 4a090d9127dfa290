-- Shipped by libs/messaging. A claim belongs to one consumer: two consumers of one service that read the same topic
-- each apply an event once, instead of the second taking the first one's claim for a redelivery. Claims made before
-- this migration belong to no named consumer ('').
alter table processed_event add column consumer text not null default '';
alter table processed_event drop constraint processed_event_pkey;
alter table processed_event add primary key (consumer, event_id);
