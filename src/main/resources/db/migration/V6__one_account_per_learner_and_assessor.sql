-- One account per learner and one per assessor: a second account linked to an existing assessor
-- would let whoever made it read and judge evidence in that assessor's name. (Several IQAs may
-- share a centre, and several people work for one awarding body, so those links stay shared.)
-- Unique indexes allow any number of accounts with no link (null).
--
-- Upgrading a database where two accounts already act for one learner or assessor stops here.
-- Find them with: select learner_id, assessor_id, username from account where learner_id in
-- (select learner_id from account group by learner_id having count(*) > 1) or assessor_id in
-- (select assessor_id from account group by assessor_id having count(*) > 1);
-- then keep the real person's account and disable the others and clear their link
-- (update account set enabled = false, assessor_id = null where id = '...'), and start again.
create unique index account_one_per_learner on account (learner_id);
create unique index account_one_per_assessor on account (assessor_id);
