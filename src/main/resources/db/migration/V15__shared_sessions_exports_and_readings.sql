-- Nothing one instance holds in memory is needed by another: browser sessions, export jobs and
-- their files, and the items still to be read for suggestions all live here, so any instance
-- behind a load balancer serves any request and takes over the work of one that died.

-- Browser sessions (Spring Session JDBC's own schema): the sign-in and the CSRF token of a browser
-- are read by whichever instance its next request reaches.
create table spring_session (
  primary_id             char(36)     not null,
  session_id             char(36)     not null,
  creation_time          bigint       not null,
  last_access_time       bigint       not null,
  max_inactive_interval  int          not null,
  expiry_time            bigint       not null,
  principal_name         varchar(100),
  constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
  session_primary_id  char(36)     not null,
  attribute_name      varchar(200) not null,
  attribute_bytes     bytea        not null,
  constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
  constraint spring_session_attributes_fk foreign key (session_primary_id)
    references spring_session (primary_id) on delete cascade
);

-- An awarding-body export: queued by the request that starts it (which checked who asks and wrote
-- the audit entry), then claimed by any instance with select ... for update skip locked. The
-- instance working it beats every few seconds; a RUNNING job whose beat is older than a minute is
-- claimed again by another. learners is the cohort fixed at the start, one id a line.
create table export_job (
  id                varchar(40)  primary key,
  owner_id          varchar(40)  not null references account (id),
  title             varchar(500) not null,
  centre_id         varchar(40)  not null,
  qualification_id  varchar(120) not null,
  assessed_on       date         not null,
  learners          text         not null,
  audit_seq         bigint,
  audit_hash        varchar(128),
  file_name         varchar(300) not null,
  state             varchar(20)  not null,
  done              int          not null,
  total             int          not null,
  started_at        timestamp with time zone not null,
  worker            varchar(100),
  heartbeat_at      timestamp with time zone,
  finished_at       timestamp with time zone,
  problem           varchar(500),
  size_bytes        bigint
);
create index export_job_by_owner on export_job (owner_id, started_at);
create index export_job_by_state on export_job (state, heartbeat_at);

-- A finished export's ZIP, in chunks of at most 256 KiB as evidence files are, so every instance
-- can send it and none keeps it on its own disk.
create table export_chunk (
  job_id  varchar(40) not null references export_job (id) on delete cascade,
  seq     int         not null,
  bytes   bytea       not null,
  primary key (job_id, seq)
);

-- An item stored but not yet read for suggestions. The instance that stored it reads it at once;
-- a row left behind (that instance stopped or died) is claimed by any instance once its claim has
-- lapsed. The row goes when the reading is stored.
create table pending_reading (
  evidence_id    varchar(40) primary key references evidence (id),
  queued_at      timestamp with time zone not null,
  claimed_by     varchar(100),
  claimed_until  timestamp with time zone
);
