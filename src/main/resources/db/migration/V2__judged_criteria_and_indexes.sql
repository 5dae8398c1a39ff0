-- A judgement covers the criteria claimed when it was made: a criterion claimed afterwards
-- awaits an assessor instead of riding on an earlier acceptance.
create table judgement_criterion (
  judgement_id  varchar(40)  not null references judgement (id),
  criterion_id  varchar(120) not null,
  primary key (judgement_id, criterion_id)
);

-- A retried judgement with the same Idempotency-Key is stored once.
alter table judgement add column idempotency_key varchar(200);
alter table judgement add column request_hash char(64);
create unique index judgement_by_key on judgement (evidence_id, idempotency_key);

-- Foreign keys PostgreSQL does not index by itself, for the lookups the service makes.
create index learner_by_centre on learner (centre_id);
create index assessor_by_centre on assessor (centre_id);
create index registration_by_assessor on registration (assessor_id);
create index judgement_by_assessor on judgement (assessor_id);
create index assessment_record_by_registration on assessment_record (registration_id);
