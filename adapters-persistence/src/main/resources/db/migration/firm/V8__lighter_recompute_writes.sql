-- A recompute after a rate publication rewrites every stored result, overview and signal of the firm in one
-- transaction (issue 9: 100,000 results in 10 seconds). Measured with EXPLAIN ANALYZE on 500 clients of a seeded firm,
-- these writes cost about 100 ms, and three things made up most of it:

-- 1. Updates that had to write a new entry into every index. With half of each page kept free, the new version of a
--    result or overview row goes on the same page and, as long as no indexed column changes, no index is touched
--    (a "heap-only tuple" update). Applies to pages written from now on.
alter table client_result set (fillfactor = 50);
alter table client_overview set (fillfactor = 50);

-- 2. Four indexes on the overview's figures that no query can use: the portfolio sorts on a figure with nulls last
--    and the client's name and id after it, over a left join from the client (PortfolioAdapter.order), which the
--    planner answers with a top-N sort of the firm's rows (2 ms for 1,000 clients), never with these indexes.
--    Without them every column of an overview can change in a heap-only update.
drop index client_overview_kia;
drop index client_overview_vaa;
drop index client_overview_car;
drop index client_overview_signal;

-- 3. The per-row foreign-key check of the history rows and signals (half the cost of their inserts). Both are only
--    ever written in the same transaction right after a row of the same client year in a table whose foreign key
--    guarantees that year exists: a history row after its current result (client_result references client_year),
--    the signals after their overview (client_overview references client_year). No client or client year is ever
--    deleted; a feature that deletes them must delete their history and signals with them.
alter table client_result_history drop constraint client_result_history_client_id_fkey;
alter table client_signal drop constraint client_signal_client_id_year_fkey;
