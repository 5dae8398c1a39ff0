-- The audit trail in many chains instead of one: each learner's entries chain on their own
-- ('learner:' + id), and entries about no learner (centres, accounts, exports) on 'system'. Each
-- chain has its own head row in audit_chain, so writes for different learners never wait on the
-- same row. The entries written before this migration stay as they were, in the closed chain
-- 'legacy', whose positions are their old numbers and whose head is the old audit_head row: it is
-- verified exactly as before and never appended to. Nothing stored is changed or lost.
alter table audit_entry add column chain_id varchar(60);
alter table audit_entry add column chain_seq bigint;
update audit_entry set chain_id = 'legacy', chain_seq = seq;
alter table audit_entry alter column chain_id set not null;
alter table audit_entry alter column chain_seq set not null;
create unique index audit_entry_in_chain on audit_entry (chain_id, chain_seq);

create table audit_chain (
  chain_id  varchar(60)  primary key,
  seq       bigint       not null,
  hash      char(64)     not null,
  closed    boolean      not null
);
insert into audit_chain (chain_id, seq, hash, closed)
  select 'legacy', seq, hash, true from audit_head where seq > 0;
drop table audit_head;

-- An entry's number in the whole trail (audit_entry.seq, what readers page by) now comes from a
-- sequence, offset by the last legacy number so the two never meet: seq = nextval + after_seq.
create sequence audit_entry_number;
create table audit_numbering (
  id         int     primary key,
  after_seq  bigint  not null,
  check (id = 1)
);
insert into audit_numbering (id, after_seq) select 1, coalesce(max(seq), 0) from audit_entry;
