-- Attest's records: people, registrations, evidence with files, claims, judgements and the
-- assessment history. Written for PostgreSQL; H2 runs it in PostgreSQL mode.

create table centre (
  id          varchar(40)  primary key,
  name        varchar(200) not null,
  created_at  timestamp with time zone not null
);

create table assessor (
  id          varchar(40)  primary key,
  centre_id   varchar(40)  not null references centre (id),
  name        varchar(200) not null,
  qualified   boolean      not null,
  created_at  timestamp with time zone not null
);

create table learner (
  id          varchar(40)  primary key,
  centre_id   varchar(40)  not null references centre (id),
  name        varchar(200) not null,
  uln         char(10)     not null unique,
  created_at  timestamp with time zone not null
);

-- A learner working towards a qualification; the latest registration is the one assessed.
create table registration (
  id                varchar(40)  primary key,
  learner_id        varchar(40)  not null references learner (id),
  qualification_id  varchar(200) not null,
  role_id           varchar(200) not null,
  start_date        date         not null,
  weekly_hours      numeric(6, 2),
  assessor_id       varchar(40)  references assessor (id),
  created_at        timestamp with time zone not null,
  unique (learner_id, qualification_id)
);

-- An evidence item. Uploads carry an Idempotency-Key so a retried upload is stored once;
-- platform items carry the platform's own id in the same column.
create table evidence (
  id                   varchar(40)  primary key,
  learner_id           varchar(40)  not null references learner (id),
  title                varchar(300) not null,
  description          text,
  method               varchar(40)  not null,
  activity_date        date         not null,
  learner_declaration  boolean      not null,
  witness_name         varchar(200),
  witness_role         varchar(200),
  source               varchar(20)  not null,
  platform_kind        varchar(40),
  transcript           text,
  idempotency_key      varchar(200),
  request_hash         char(64),
  created_at           timestamp with time zone not null,
  unique (learner_id, idempotency_key)
);
create index evidence_by_learner on evidence (learner_id);

-- Files are kept in the database, so an upload is stored whole or not at all.
create table evidence_file (
  id           varchar(40)  primary key,
  evidence_id  varchar(40)  not null references evidence (id),
  ordinal      int          not null,
  file_name    varchar(255) not null,
  media_type   varchar(120) not null,
  size_bytes   bigint       not null,
  sha256       char(64)     not null,
  content      bytea        not null
);
create index evidence_file_by_evidence on evidence_file (evidence_id);

create table claim (
  evidence_id   varchar(40)  not null references evidence (id),
  criterion_id  varchar(120) not null,
  claimed_at    timestamp with time zone not null,
  primary key (evidence_id, criterion_id)
);

-- Judgements are never updated: a new one supersedes the current one and both are kept.
-- "unique (supersedes)" means a judgement is superseded at most once, so history is a line.
create table judgement (
  id                      varchar(40)  primary key,
  evidence_id             varchar(40)  not null references evidence (id),
  verdict                 varchar(20)  not null,
  proficiency             varchar(40),
  feedback                text,
  assessor_id             varchar(40)  not null references assessor (id),
  assessor_qualified      boolean      not null,
  authenticity_confirmed  boolean      not null,
  decided_at              timestamp with time zone not null,
  supersedes              varchar(40)  unique references judgement (id)
);
create index judgement_by_evidence on judgement (evidence_id);

-- Every recomputed assessment, with the catalogue and ruleset it was made with.
create table assessment_record (
  id                 varchar(40)  primary key,
  learner_id         varchar(40)  not null references learner (id),
  registration_id    varchar(40)  not null references registration (id),
  assessed_on        date         not null,
  catalogue_version  varchar(80)  not null,
  ruleset_version    varchar(80)  not null,
  readiness_score    int          not null,
  status             varchar(20)  not null,
  cause              varchar(300) not null,
  assessment         text         not null,
  created_at         timestamp with time zone not null,
  seq                bigint       not null unique
);
create index assessment_record_by_learner on assessment_record (learner_id, seq);

create sequence assessment_record_seq;
