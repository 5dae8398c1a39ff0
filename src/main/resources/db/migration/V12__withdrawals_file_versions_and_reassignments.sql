-- Evidence over time. Nothing here is ever updated or deleted: a withdrawal, a new version of an
-- item's files and a change of assessor are each a new row, so the history stays readable.

-- A withdrawn item stays stored with its files, claims and judgements, and no longer counts.
create table evidence_withdrawal (
  evidence_id   varchar(40)   primary key references evidence (id),
  account_id    varchar(40)   not null,
  name          varchar(200)  not null,
  withdrawn_at  timestamp with time zone not null,
  reason        varchar(4000) not null
);

-- The files an item was uploaded with are version 1; each replacement adds a version whose files
-- are new rows, and the earlier version's files stay as they were (superseded by the next).
alter table evidence_file add column version int not null default 1;

create table evidence_version (
  evidence_id  varchar(40)   not null references evidence (id),
  version      int           not null,
  account_id   varchar(40)   not null,
  name         varchar(200)  not null,
  created_at   timestamp with time zone not null,
  reason       varchar(4000) not null,
  primary key (evidence_id, version)
);

-- The version of the files a judgement was made on: it decides that version only.
alter table judgement add column files_version int not null default 1;

-- Each time an admin moves a learner to another assessor of the same centre.
create table assessor_change (
  id                 varchar(40)   primary key,
  learner_id         varchar(40)   not null references learner (id),
  from_assessor_id   varchar(40)   references assessor (id),
  to_assessor_id     varchar(40)   not null references assessor (id),
  account_id         varchar(40)   not null,
  name               varchar(200)  not null,
  changed_at         timestamp with time zone not null,
  reason             varchar(4000) not null
);
create index assessor_change_by_learner on assessor_change (learner_id, changed_at);
