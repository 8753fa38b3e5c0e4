-- Background jobs (issue 9 point 4, issue 8 deadline signals): db-scheduler keeps every planned execution in one row
-- here. A node takes a due execution by updating its row (picked, picked_by, version), so across several app nodes
-- each execution runs once; a node that dies stops its heartbeat and another node revives the execution. Layout as
-- documented by db-scheduler for PostgreSQL (github.com/kagkarlsson/db-scheduler, "Getting started").
create table platform.scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on platform.scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on platform.scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on platform.scheduled_tasks (priority desc, execution_time asc);
