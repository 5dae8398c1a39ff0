-- A stored file's bytes are rows of at most 256 KiB (262144 bytes), in order of seq, so a file is
-- written and read a chunk at a time and never held whole in memory. An empty file has one empty
-- chunk.
create table evidence_file_chunk (
  file_id  varchar(40) not null references evidence_file (id),
  seq      int         not null,
  bytes    bytea       not null,
  primary key (file_id, seq)
);

-- Files stored before are cut into chunks the same way (the numbers 0 to 999 cover files of up to
-- 250 MiB, more than an upload request could carry), and the column that held them whole goes.
insert into evidence_file_chunk (file_id, seq, bytes)
select f.id, d.n, substring(f.content from d.n * 262144 + 1 for 262144)
from evidence_file f
join (select a.n + 10 * b.n + 100 * c.n as n
      from (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) as a (n)
      cross join (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) as b (n)
      cross join (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) as c (n)) d
  on d.n * 262144 < octet_length(f.content) or d.n = 0;

alter table evidence_file drop column content;
