-- Signals are rewritten in place instead of deleted and inserted again (issue 9: a recompute rewrites every signal of
-- the firm). A client year's signals are kept by their rank (position 0 is the top signal); a new review writes each
-- position over the old one and removes the positions it no longer has. With half of each page free and no index on
-- a column that changes, such a rewrite touches no index (as for results and overviews, V8).

alter table client_signal add column position integer;
update client_signal s set position = r.n
from (select id, row_number() over (partition by client_id, year order by id) - 1 as n from client_signal) r
where r.id = s.id;
alter table client_signal alter column position set not null;
alter table client_signal add constraint client_signal_position check (position between 0 and 999);

-- The key is the client year and the rank; the separate index on the client year is its prefix.
alter table client_signal drop constraint client_signal_pkey;
alter table client_signal drop column id;
alter table client_signal add primary key (client_id, year, position);
drop index client_signal_client;

-- The firm's list of signals (/signalen) sorts a year's signals by euro value; without an index on the value that is
-- a top-N sort of the year's rows (a few milliseconds for thousands of clients), and every rewrite stays index-free.
drop index client_signal_rank;
alter table client_signal set (fillfactor = 50);
