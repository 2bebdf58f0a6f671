-- One row a job while a run of it goes: never two runs of one job at once, across processes.
-- The holder says who runs it (process and host, to tell a dead holder) and which run it is.
CREATE TABLE job_lock (
    job          VARCHAR(50)   PRIMARY KEY,
    run_id       BIGINT,
    input        VARCHAR(2000),
    pid          BIGINT        NOT NULL,
    host         VARCHAR(255)  NOT NULL,
    acquired_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What each run did, in figures an operator graphs: documents indexed, skips by reason, time by
-- stage. A run writes its whole-run totals when it ends (again after a restart), so sums over
-- runs only grow.
CREATE TABLE run_metric (
    job_execution_id BIGINT        NOT NULL,
    job              VARCHAR(50)   NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    label            VARCHAR(500)  NOT NULL,
    metric_value     DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (job_execution_id, name, label)
);
