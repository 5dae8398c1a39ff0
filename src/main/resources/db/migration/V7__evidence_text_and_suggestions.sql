-- The text read from an evidence item (its title, description, transcript and the text of its
-- files), once per item, and the criteria suggested from it. A suggestion is only a proposal: it
-- becomes a claim when a person confirms it, and a rejection is kept with who and when, so both
-- can become labelled examples for the suggester's evaluation set.

create table evidence_reading (
  evidence_id        varchar(40)  primary key references evidence (id),
  read_at            timestamp with time zone not null,
  text_chars         int          not null,
  note               varchar(1000),
  model              varchar(100) not null,
  catalogue_version  varchar(100) not null,
  standards          varchar(2000) not null
);

-- What was read from each file; note says in words when nothing or only part could be read.
create table evidence_file_text (
  file_id    varchar(40) primary key references evidence_file (id),
  text       text        not null,
  truncated  boolean     not null,
  note       varchar(500)
);

create table suggestion (
  evidence_id   varchar(40)   not null references evidence (id),
  criterion_id  varchar(120)  not null,
  ordinal       int           not null,
  score         numeric(3, 2) not null,
  sentence      varchar(2000) not null,
  shared_words  varchar(1000) not null,
  why           varchar(4000) not null,
  status        varchar(20)   not null,
  decided_by    varchar(40),
  decided_at    timestamp with time zone,
  primary key (evidence_id, criterion_id)
);
