-- Open Badges 3.0 credentials as issued: the signed VC-JWT is kept so a learner downloads the same
-- bytes every time, and the status endpoint can find the learner and achievement from the id.
-- A credential whose achievement the learner's assessment no longer shows is marked revoked and
-- stays revoked; achieving it again issues a new credential.
create table issued_credential (
  id                varchar(60)  primary key,
  learner_id        varchar(40)  not null references learner (id),
  achievement_id    varchar(1000) not null,
  achievement_type  varchar(20)  not null,
  achievement_name  varchar(400) not null,
  record_id         varchar(40)  not null,
  jwt               text         not null,
  issued_at         timestamp with time zone not null,
  revoked_at        timestamp with time zone,
  revoked_reason    varchar(400)
);
create index issued_credential_learner on issued_credential (learner_id, achievement_id);
