-- Why an assessment was recomputed names what changed, e.g. every criterion of a claim: a claim of
-- thirty criteria did not fit in 300 characters. Free text, as long as the change it describes.
alter table assessment_record alter column cause set data type text;
