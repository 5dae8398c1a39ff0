-- A qualified assessor's countersignature of a trainee assessor's acceptance: until there is one,
-- the acceptance does not count (rule REL-03); with one it does (REL-06). A judgement is
-- countersigned at most once; a new judgement superseding it needs its own.
create table countersignature (
  judgement_id      varchar(40)  primary key references judgement (id),
  evidence_id       varchar(40)  not null references evidence (id),
  assessor_id       varchar(40)  not null references assessor (id),
  assessor_name     varchar(200) not null,
  account_id        varchar(40)  references account (id),
  countersigned_at  timestamp with time zone not null
);
create index countersignature_by_evidence on countersignature (evidence_id);

-- A declaration on a learner's portfolio, signed by a person who re-entered their password: the
-- learner's, their assessor's or the centre's IQA's. It names the newest assessment record when it
-- was signed, so a later change to the evidence shows the signature covers an earlier state.
-- Signing again adds a row; the newest per role is the one shown.
create table declaration_signature (
  id                 varchar(40)  primary key,
  learner_id         varchar(40)  not null references learner (id),
  role               varchar(20)  not null,
  account_id         varchar(40)  not null references account (id),
  signer_name        varchar(200) not null,
  record_id          varchar(40)  not null references assessment_record (id),
  record_created_at  timestamp with time zone not null,
  signed_at          timestamp with time zone not null
);
create index declaration_signature_by_learner on declaration_signature (learner_id, role, signed_at);
