-- A re-assessment of every learner whose newest assessment was made with another ruleset or
-- catalogue version: one job per pair of versions, worked in the background by one instance at a
-- time (the one whose heartbeat is fresh); a job whose instance died is taken over.
create table reassessment_job (
  id                 varchar(40)  primary key,
  catalogue_version  varchar(80)  not null,
  ruleset_version    varchar(80)  not null,
  status             varchar(20)  not null,
  total              int          not null,
  done               int          not null,
  failed             int          not null,
  started_at         timestamp with time zone not null,
  heartbeat_at       timestamp with time zone not null,
  finished_at        timestamp with time zone,
  worker             varchar(100) not null,
  unique (catalogue_version, ruleset_version)
);
